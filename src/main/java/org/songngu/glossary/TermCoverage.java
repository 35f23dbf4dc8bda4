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

    private static final String RULE_VERSION = "missing-terms rule 3\n";

    private final Map<Language, GlossaryMatcher> matchers = new EnumMap<>(Language.class);
    private final Map<Language, Map<Term, Set<Term>>> sharing = new EnumMap<>(Language.class);
    private final String fingerprint;

    public TermCoverage(Glossary glossary) {
        for (Language language : Language.values()) {
            matchers.put(language, new GlossaryMatcher(glossary, language));
            sharing.put(language, sharing(glossary, language));
        }
        this.fingerprint = fingerprint(glossary);
    }

    /**
     * The other terms that share a variant with {@code term} in {@code language} ("district" is the
     * English of both "district" and "arrondissement"): a word the page highlights as one of them
     * translates each of them.
     */
    public Set<Term> sharingVariants(Term term, Language language) {
        return sharing.get(language).getOrDefault(term, Set.of());
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

    /** Every occurrence of a term in {@code text}, those inside a longer term's included. */
    public List<TermMatch> findAll(Language language, String text) {
        return matchers.get(language).findAll(text);
    }

    /**
     * The French terms of {@code french} whose translation is absent from {@code translation}. The
     * one rule, which agrees with what the page highlights in the target (whose hover names every
     * term a highlighted word stands for or holds): a term is present when the target holds one of
     * its variants, alone or inside a longer term ("dân vận" in "công tác dân vận"), or a word of a
     * term that shares one of its variants in the target language ("districts", a variant of the
     * term "district", translates "arrondissements", whose English is "district" too).
     */
    public List<Missing> missing(String french, Language target, String translation) {
        Set<Term> present = new LinkedHashSet<>();
        matchers.get(target).findAll(translation).forEach(match -> {
            present.add(match.term());
            present.addAll(sharingVariants(match.term(), target));
        });
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
     * A digest of the glossary's variants (notes and line numbers aside) and of the version of this
     * rule: counts made with one glossary, or an earlier rule, are stale under another fingerprint.
     */
    public String fingerprint() {
        return fingerprint;
    }

    private static Map<Term, Set<Term>> sharing(Glossary glossary, Language language) {
        Map<String, Set<Term>> byVariant = new java.util.HashMap<>();
        for (Term term : glossary.terms()) {
            for (String variant : term.in(language)) {
                String key =
                        org.songngu.corpus.AccentFolding.fold(variant).strip().toLowerCase(java.util.Locale.ROOT);
                if (!key.isEmpty()) {
                    byVariant.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(term);
                }
            }
        }
        Map<Term, Set<Term>> sharing = new java.util.HashMap<>();
        for (Set<Term> terms : byVariant.values()) {
            if (terms.size() > 1) {
                for (Term term : terms) {
                    Set<Term> others = sharing.computeIfAbsent(term, t -> new LinkedHashSet<>());
                    terms.stream().filter(other -> !other.equals(term)).forEach(others::add);
                }
            }
        }
        sharing.replaceAll((term, others) -> Set.copyOf(others));
        return Map.copyOf(sharing);
    }

    private static String fingerprint(Glossary glossary) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            // The rule's version: counts made by an earlier rule are stale too (3: shared variants and terms inside
            // longer ones count as present).
            digest.update(RULE_VERSION.getBytes(StandardCharsets.UTF_8));
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
