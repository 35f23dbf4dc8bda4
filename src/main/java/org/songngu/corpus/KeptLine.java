package org.songngu.corpus;

import java.util.Objects;

/**
 * A line a reviewer put back as content: the next runs keep it among the article's paragraphs
 * in that language even though a rule or template takes it for metadata.
 */
public record KeptLine(Language language, String text) {

    public KeptLine {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
    }

    public static KeptLine of(MetadataLine line) {
        return new KeptLine(line.language(), line.text());
    }
}
