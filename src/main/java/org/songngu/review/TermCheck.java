package org.songngu.review;

import java.util.List;
import org.songngu.corpus.Language;
import org.songngu.glossary.TermCoverage;
import org.songngu.glossary.TermMatch;
import org.springframework.stereotype.Component;

/**
 * Glossary terms in bead texts, and the French terms whose translation a target lacks ({@link TermCoverage}).
 * Thread-safe.
 */
@Component
class TermCheck {

    private final TermCoverage coverage;

    TermCheck(TermCoverage coverage) {
        this.coverage = coverage;
    }

    List<TermMatch> find(Language language, String text) {
        return coverage.find(language, text);
    }

    List<TermMatch> findAll(Language language, String text) {
        return coverage.findAll(language, text);
    }

    /**
     * The French terms of {@code french} whose {@code target}-language variants are all absent from {@code
     * translation}.
     */
    List<TermCoverage.Missing> missing(String french, Language target, String translation) {
        return coverage.missing(french, target, translation);
    }

    java.util.Set<org.songngu.glossary.Term> sharingVariants(org.songngu.glossary.Term term, Language language) {
        return coverage.sharingVariants(term, language);
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
