package org.songngu.tmx;

import java.util.regex.Pattern;

/**
 * One language version of a translation unit: the language code exactly as it goes into
 * {@code xml:lang} ({@code fr}, {@code vi-VN}...) and the segment text. A merged bead is one variant
 * whose text is its sentences joined by a space (the caller joins them).
 */
public record TmxVariant(String language, String text) {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    public TmxVariant {
        if (language == null || !LANGUAGE_TAG.matcher(language).matches()) {
            throw new IllegalArgumentException("not a language code: '" + language + "' (expected e.g. fr or fr-FR)");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("variant " + language + " has no text");
        }
    }

    static boolean isLanguageTag(String code) {
        return code != null && LANGUAGE_TAG.matcher(code).matches();
    }
}
