package org.songngu.tmx;

/**
 * One language version of a translation unit: the language code exactly as it goes into
 * {@code xml:lang} ({@code fr}, {@code vi-VN}...) and the segment text. A merged bead is one variant
 * whose text is its sentences joined by a space (the caller joins them).
 */
public record TmxVariant(String language, String text) {

    public TmxVariant {
        if (!isLanguageTag(language)) {
            throw new IllegalArgumentException("not a language code: '" + language + "' (expected e.g. fr or fr-FR)");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("variant " + language + " has no text");
        }
    }

    /** {@code [A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*}, checked by hand: it runs for every variant written. */
    static boolean isLanguageTag(String code) {
        if (code == null) {
            return false;
        }
        int primary = 0;
        while (primary < code.length() && isAsciiLetter(code.charAt(primary))) {
            primary++;
        }
        if (primary < 2 || primary > 3) {
            return false;
        }
        int subtag = -1; // length of the current subtag after a '-', -1 before the first '-'
        for (int i = primary; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '-') {
                if (subtag == 0) {
                    return false;
                }
                subtag = 0;
            } else if (subtag >= 0 && (isAsciiLetter(c) || (c >= '0' && c <= '9')) && subtag < 8) {
                subtag++;
            } else {
                return false;
            }
        }
        return subtag != 0;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
