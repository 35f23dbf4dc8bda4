package org.songngu.corpus;

import java.util.Objects;

/**
 * One metadata line set aside from an article version: never segmented, aligned or exported, but
 * kept with its article so that a reviewer can see it and put it back.
 *
 * @param language   the version it comes from
 * @param position   its index among the version's paragraphs after chrome removal, content and
 *                   metadata together: where it goes back when a reviewer restores it; -1 for what
 *                   the page's {@code <head>} said, which was never a paragraph
 * @param kind       what it says
 * @param text       the normalised line
 * @param detectedBy what recognised it
 */
public record MetadataLine(Language language, int position, MetadataKind kind, String text, DetectedBy detectedBy) {

    /** What recognised a metadata line. */
    public enum DetectedBy {
        /** A hand-written rule of {@link MetadataRules}. */
        RULE,
        /** A template learned from the corpus ({@link MetadataTemplates}). */
        TEMPLATE,
        /** A tag of the HTML page: {@code <time datetime>}, {@code article:published_time}, an author meta tag. */
        PAGE
    }

    public MetadataLine {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(detectedBy, "detectedBy");
        if (position < -1) {
            throw new IllegalArgumentException("position must be -1 or more: " + position);
        }
    }

    /** Whether it was a paragraph of the text (as opposed to a tag of the page's head). */
    public boolean inText() {
        return position >= 0;
    }
}
