package org.songngu.corpus;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Folds text to a comparison key: lower case, without diacritics, so that "Nguyễn Tiến Thành"
 * and "Nguyen Tien Thanh" compare equal. Vietnamese đ has no decomposition and is mapped by hand.
 * Stateless and thread-safe.
 */
public final class AccentFolding {

    private AccentFolding() {}

    /** Folded forms of the characters below U+2000 (Latin, Vietnamese...), filled as they are met. */
    private static final String[] FOLDED_CHARS = new String[0x2000];

    /** The folded key of {@code text} (the same as {@code foldWithOffsets(text).text()}, without the offsets). */
    public static String fold(String text) {
        StringBuilder folded = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 && (c < 'A' || c > 'Z')) {
                // unchanged: copied only once something before it changed
                if (folded != null) {
                    folded.append(c);
                }
                continue;
            }
            if (folded == null) {
                folded = new StringBuilder(text.length()).append(text, 0, i);
            }
            folded.append(foldChar(c));
        }
        return folded == null ? text : folded.toString();
    }

    /** The folded key with, for each of its characters, the index of the character it came from. */
    public static Folded foldWithOffsets(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        int[] origins = new int[text.length() + 4];
        for (int i = 0; i < text.length(); i++) {
            String piece = foldChar(text.charAt(i));
            for (int k = 0; k < piece.length(); k++) {
                if (folded.length() == origins.length) {
                    origins = Arrays.copyOf(origins, origins.length * 2);
                }
                origins[folded.length()] = i;
                folded.append(piece.charAt(k));
            }
        }
        return new Folded(folded.toString(), Arrays.copyOf(origins, folded.length()));
    }

    private static String foldChar(char c) {
        if (c < 0x80) {
            return String.valueOf(Character.toLowerCase(c));
        }
        if (c < FOLDED_CHARS.length) {
            // a racing thread at worst computes the same immutable string again
            String known = FOLDED_CHARS[c];
            if (known == null) {
                known = decompose(c);
                FOLDED_CHARS[c] = known;
            }
            return known;
        }
        return decompose(c);
    }

    private static String decompose(char c) {
        switch (c) {
            case 'đ', 'Đ':
                return "d";
            case 'œ', 'Œ':
                return "oe";
            case 'æ', 'Æ':
                return "ae";
            case '\u2019', '\u02bc':
                return "'";
            default:
                break;
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return "";
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(1);
        for (int k = 0; k < decomposed.length(); k++) {
            char part = decomposed.charAt(k);
            if (Character.getType(part) != Character.NON_SPACING_MARK) {
                kept.append(part);
            }
        }
        return kept.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * A folded text and, per folded character, the index in the original text it came from.
     * Offsets let a match found on the folded key be shown on the original text.
     */
    public record Folded(String text, int[] origins) {

        public Folded {
            if (origins.length != text.length()) {
                throw new IllegalArgumentException("one origin per folded character");
            }
        }

        /** The original index where the folded character at {@code foldedIndex} starts. */
        public int originalStart(int foldedIndex) {
            return origins[foldedIndex];
        }

        /** The original index just past the folded character at {@code foldedIndex}. */
        public int originalEnd(int foldedIndex) {
            return origins[foldedIndex] + 1;
        }
    }
}
