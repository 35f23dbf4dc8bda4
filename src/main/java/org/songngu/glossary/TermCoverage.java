package org.songngu.glossary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.songngu.corpus.Language;

/**
 * The glossary's rule for a translation: which French terms of a source text lack every one of
 * their translations in the target text. The one owner of that rule, used by the review page
 * (per bead, when it is shown) and by the stored article summaries (per article, when it is
 * aligned or reviewed). Immutable and thread-safe.
 */
public final class TermCoverage {

    private final Map<Language, GlossaryMatcher> matchers = new EnumMap<>(Language.class);
    private final String fingerprint;

    public TermCoverage(Glossary glossary) {
        for (Language language : Language.values()) {
            matchers.put(language, new GlossaryMatcher(glossary, language));
        }
        this.fingerprint = fingerprint(glossary);
    }

    /** A French term found in a source whose glossary translations are all absent from the target. */
    public record Missing(Term term, String french, List<String> expected) {

        public String describe() {
            return "“" + french + "” → " + String.join(" | ", expected);
        }
    }

    public List<TermMatch> find(Language language, String text) {
        return matchers.get(language).find(text);
    }

    /** The French terms of {@code french} whose {@code target}-language variants are all absent from {@code translation}. */
    public List<Missing> missing(String french, Language target, String translation) {
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

    /**
     * A digest of the glossary's variants (notes and line numbers aside): counts made with one
     * glossary are stale under a glossary with another fingerprint.
     */
    public String fingerprint() {
        return fingerprint;
    }

    private static String fingerprint(Glossary glossary) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Term term : glossary.terms()) {
                for (Language language : Language.values()) {
                    digest.update((language.code() + "=" + String.join("|", term.in(language)) + ";")
                            .getBytes(StandardCharsets.UTF_8));
                }
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
