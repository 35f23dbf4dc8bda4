package org.songngu.corpus;

import java.util.List;
import java.util.Objects;

/**
 * One cleaned version of an article: its paragraphs in order, site chrome removed, normalised
 * ({@link TextNormalizer}). Never empty.
 */
public record ArticleText(Language language, List<String> paragraphs) {

    public ArticleText {
        Objects.requireNonNull(language, "language");
        paragraphs = List.copyOf(paragraphs);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("a " + language.code() + " text needs at least one paragraph");
        }
        if (paragraphs.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("paragraphs must not be blank");
        }
    }
}
