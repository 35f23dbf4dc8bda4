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
 * @param pageTags   what the tags of an HTML page say about the article (publication time,
 *                   authors), as metadata lines without a position; empty for text files
 */
public record RawVersion(Language language, String fileName, List<String> paragraphs, List<MetadataLine> pageTags) {

    public RawVersion {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(fileName, "fileName");
        paragraphs = List.copyOf(paragraphs);
        pageTags = List.copyOf(pageTags);
    }

    /** A version without page tags, as a text file is. */
    public RawVersion(Language language, String fileName, List<String> paragraphs) {
        this(language, fileName, paragraphs, List.of());
    }
}
