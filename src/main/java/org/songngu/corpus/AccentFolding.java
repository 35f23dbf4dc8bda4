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

    private AccentFolding() {
    }

    /** The folded key of {@code text}. */
    public static String fold(String text) {
        return foldWithOffsets(text).text();
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
