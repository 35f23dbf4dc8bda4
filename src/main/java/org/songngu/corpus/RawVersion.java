package org.songngu.corpus;

import java.util.List;
import java.util.Objects;

/**
 * One version of an article as read, before boilerplate removal: its paragraphs normalised
 * ({@link TextNormalizer}) but site chrome still in.
 *
 * @param language   the language the file name claims
 * @param fileName   the file name inside the article folder, for messages ({@code vi.html})
 * @param paragraphs the non-empty paragraphs in document order
 */
public record RawVersion(Language language, String fileName, List<String> paragraphs) {

    public RawVersion {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(fileName, "fileName");
        paragraphs = List.copyOf(paragraphs);
    }
}
