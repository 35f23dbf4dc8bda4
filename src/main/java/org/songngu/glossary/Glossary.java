package org.songngu.glossary;

import java.util.List;
import java.util.Optional;
import org.songngu.corpus.Language;

/** The project's terminology: an immutable list of concepts. */
public record Glossary(List<Term> terms) {

    public Glossary {
        terms = List.copyOf(terms);
    }

    public static Glossary empty() {
        return new Glossary(List.of());
    }

    /**
     * The concepts that have variants in both languages, as pairs; empty when either code is not
     * one of Songngu's languages (the aligner is also run on other pairs, without a glossary).
     */
    public List<TermPair> pairs(String sourceCode, String targetCode) {
        Optional<Language> source = languageOf(sourceCode);
        Optional<Language> target = languageOf(targetCode);
        if (source.isEmpty() || target.isEmpty()) {
            return List.of();
        }
        return terms.stream()
                .filter(term -> !term.in(source.get()).isEmpty()
                        && !term.in(target.get()).isEmpty())
                .map(term -> new TermPair(term.in(source.get()), term.in(target.get())))
                .toList();
    }

    /** Every variant in {@code language}, for example to accept French terms in spelling checks. */
    public List<String> variants(Language language) {
        return terms.stream().flatMap(term -> term.in(language).stream()).toList();
    }

    public int size() {
        return terms.size();
    }

    private static Optional<Language> languageOf(String code) {
        for (Language language : Language.values()) {
            if (language.code().equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
