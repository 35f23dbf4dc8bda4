package org.songngu.corpus;

import java.text.Normalizer;

/**
 * Brings a paragraph to the one form every later step compares: Unicode NFC; every kind of space
 * (no-break, narrow no-break, tab, line break) as one plain space, runs collapsed, ends trimmed;
 * zero-width characters, soft hyphens and stray control characters removed; and for Vietnamese
 * one tone-mark convention ({@link VietnameseToneMarks}). Apostrophes and quotation marks are left
 * as written: French typography uses both kinds on purpose. Stateless and thread-safe.
 */
public final class TextNormalizer {

    private TextNormalizer() {}

    /** The normalised form of {@code text} written in {@code language}. */
    public static String normalize(String text, Language language) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        String spaced = collapseSpaces(nfc);
        return language == Language.VI ? VietnameseToneMarks.normalize(spaced) : spaced;
    }

    private static String collapseSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (Character.isISOControl(c)) {
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isInvisible(char c) {
        return switch (c) {
            // zero-width space, non-joiner, joiner, word joiner, BOM / zero-width no-break, soft hyphen
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> true;
            default -> false;
        };
    }
}
