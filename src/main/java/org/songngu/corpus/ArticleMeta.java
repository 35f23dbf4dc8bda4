package org.songngu.corpus;

import java.util.Optional;

/**
 * What {@code meta.properties} says about an article; each field is {@code null} when absent.
 *
 * @param title  the article title
 * @param source where the article comes from (usually its URL)
 * @param date   the publication date, as written in the file
 */
public record ArticleMeta(String title, String source, String date) {

    /** An article without {@code meta.properties}. */
    public static final ArticleMeta NONE = new ArticleMeta(null, null, null);

    public ArticleMeta {
        title = blankToNull(title);
        source = blankToNull(source);
        date = blankToNull(date);
    }

    public Optional<String> titleIfPresent() {
        return Optional.ofNullable(title);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
