package org.songngu.tmx;

import java.util.Locale;

/**
 * One {@code <prop type="...">value</prop>} of a translation unit. Custom properties must start with
 * {@code x-} (TMX 1.4 §3.3; Trados and memoQ drop or reject the others), so every type here does.
 */
public record TmxProperty(String type, String value) {

    public TmxProperty {
        if (type == null
                || !type.startsWith("x-")
                || type.length() < 3
                || type.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(
                    "a property type must start with 'x-' and hold no space, got '" + type + "'");
        }
        if (value == null) {
            throw new IllegalArgumentException("property " + type + " needs a value");
        }
    }

    /**
     * {@code x-document}: the article id, then a space and the source URL when there is one (the URL
     * holds no space, so a reader splits at the last space).
     */
    public static TmxProperty document(String articleId, String sourceUrl) {
        if (articleId == null || articleId.isBlank()) {
            throw new IllegalArgumentException("x-document needs an article id");
        }
        boolean hasUrl = sourceUrl != null && !sourceUrl.isBlank();
        return new TmxProperty("x-document", hasUrl ? articleId + " " + sourceUrl.strip() : articleId);
    }

    /** {@code x-confidence}: the aligner's confidence in [0, 1] with three decimals, dot separated. */
    public static TmxProperty confidence(double confidence) {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
        return new TmxProperty("x-confidence", String.format(Locale.ROOT, "%.3f", confidence));
    }

    /** {@code x-status}: the review status in lower case ({@code approved}, {@code pending}...). */
    public static TmxProperty status(String status) {
        if (status == null || status.isBlank()) {
            throw new IllegalArgumentException("x-status needs a value");
        }
        return new TmxProperty("x-status", status.strip().toLowerCase(Locale.ROOT));
    }
}
