package org.songngu.glossary;

import java.util.List;
import java.util.Map;
import org.songngu.corpus.Language;

/**
 * One concept of the glossary: its variants in each language (the first is the preferred one)
 * and a free note. A language may have no variant when the concept has no agreed translation.
 */
public record Term(Map<Language, List<String>> variants, String note, int line) {

    public Term {
        variants = Map.copyOf(variants);
        variants.values().forEach(list -> {
            if (list.stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("a term variant is blank");
            }
        });
        note = note == null ? "" : note;
        if (variants.values().stream().allMatch(List::isEmpty)) {
            throw new IllegalArgumentException("a term needs at least one variant");
        }
    }

    /** The variants in {@code language}, possibly empty. */
    public List<String> in(Language language) {
        return variants.getOrDefault(language, List.of());
    }

    /** The preferred form in {@code language}, or empty text when there is none. */
    public String preferred(Language language) {
        List<String> forms = in(language);
        return forms.isEmpty() ? "" : forms.get(0);
    }
}
