package org.songngu.tmx;

/**
 * The characters XML 1.0 allows ({@code #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
 * [#x10000-#x10FFFF]}): everything else (C0 controls, U+FFFE, U+FFFF, lone surrogates) is removed
 * before text reaches the writer, because a single one makes the whole file unreadable.
 */
final class XmlCharacters {

    private XmlCharacters() {}

    /** {@code text} without the characters XML 1.0 forbids; the same instance when it has none. */
    static String clean(String text) {
        int first = firstForbidden(text);
        if (first < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (allowedBmp(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!allowedBmp(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Allowed single UTF-16 unit: surrogates only count when paired, which the callers check first. */
    private static boolean allowedBmp(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
