package org.songngu.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.songngu.corpus.Language;
import org.songngu.glossary.Glossary;
import org.songngu.glossary.GlossaryMatcher;
import org.songngu.glossary.Term;
import org.songngu.glossary.TermMatch;
import org.springframework.stereotype.Component;

/** Glossary terms in bead texts, and the French terms whose translation a target lacks. Thread-safe. */
@Component
class TermCheck {

    private final Map<Language, GlossaryMatcher> matchers = new EnumMap<>(Language.class);

    TermCheck(Glossary glossary) {
        for (Language language : Language.values()) {
            matchers.put(language, new GlossaryMatcher(glossary, language));
        }
    }

    List<TermMatch> find(Language language, String text) {
        return matchers.get(language).find(text);
    }

    /** A French term found in a bead whose glossary translation the target text does not contain. */
    record Missing(Term term, String french, List<String> expected) {

        String describe() {
            return "“" + french + "” → " + String.join(" | ", expected);
        }
    }

    /** The French terms of {@code french} whose {@code target}-language variants are all absent from {@code translation}. */
    List<Missing> missing(String french, Language target, String translation) {
        Set<Term> present = new LinkedHashSet<>();
        find(target, translation).forEach(match -> present.add(match.term()));
        List<Missing> missing = new ArrayList<>();
        Set<Term> seen = new LinkedHashSet<>();
        for (TermMatch match : find(Language.FR, french)) {
            Term term = match.term();
            if (!term.in(target).isEmpty() && !present.contains(term) && seen.add(term)) {
                missing.add(new Missing(term, match.variant(), term.in(target)));
            }
        }
        return missing;
    }

    static Language language(String code) {
        for (Language language : Language.values()) {
            if (language.code().equals(code)) {
                return language;
            }
        }
        throw new NotFoundException("Songngu has no language " + code + ".");
    }
}
