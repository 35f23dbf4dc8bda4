package org.songngu.corpus;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Places Vietnamese tone marks by one convention, so that "hoà" and "hòa", "thuỷ" and "thủy",
 * "Uỷ" and "Ủy", "khoẻ" and "khỏe" become the same string.
 *
 * <p>The convention is the one most Vietnamese news sites use: in an open syllable whose vowel
 * nucleus is {@code oa}, {@code oe} or {@code uy}, the tone sits on the first vowel (hòa, khỏe,
 * thủy, Ủy); with a final consonant it sits on the second (hoàn, khoét, huýt). After {@code qu} and
 * {@code gi} (before another vowel) the {@code u} or {@code i} belongs to the initial consonant, so
 * the tone sits on the vowel that follows (quý, quà, già). Other syllables are left as written:
 * both conventions agree on them.
 *
 * <p>The text is handled word by word; a word is changed only when it parses as one Vietnamese
 * syllable (initial consonants, vowels, final consonant among c, ch, m, n, ng, nh, p, t) carrying
 * exactly one tone mark. Input is expected in NFC. Stateless and thread-safe.
 */
public final class VietnameseToneMarks {

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    private static final String VOWELS = "aăâeêioôơuưy";

    private VietnameseToneMarks() {}

    /** {@code text} with the tone mark of each syllable placed by the convention above. */
    public static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && isWordChar(text.charAt(end))) {
                end++;
            }
            if (end > i) {
                out.append(syllable(text.substring(i, end)));
                i = end;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** The word with its tone moved, or unchanged when it is not a one-tone Vietnamese syllable. */
    static String syllable(String word) {
        int n = word.length();
        if (n > 8) {
            return word; // longest Vietnamese syllable is 7 letters ("nghiêng"); a longer word is not one
        }
        char[] bases = new char[n];
        char tone = 0;
        int tonePosition = -1;
        for (int i = 0; i < n; i++) {
            String decomposed = Normalizer.normalize(String.valueOf(word.charAt(i)), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder(2);
            for (int k = 0; k < decomposed.length(); k++) {
                char part = decomposed.charAt(k);
                if (TONES.indexOf(part) >= 0) {
                    if (tone != 0) {
                        return word;
                    }
                    tone = part;
                    tonePosition = i;
                } else {
                    base.append(part);
                }
            }
            String composed = Normalizer.normalize(base, Normalizer.Form.NFC);
            if (composed.length() != 1) {
                return word;
            }
            bases[i] = composed.charAt(0);
        }
        if (tone == 0) {
            return word;
        }
        int target = tonePosition(lowerCase(bases));
        if (target < 0 || target == tonePosition) {
            return word;
        }
        StringBuilder out = new StringBuilder(word);
        out.setCharAt(tonePosition, bases[tonePosition]);
        out.setCharAt(target, compose(bases[target], tone));
        return out.toString();
    }

    private static String lowerCase(char[] bases) {
        return new String(bases).toLowerCase(Locale.ROOT);
    }

    private static char compose(char base, char tone) {
        String composed = Normalizer.normalize(String.valueOf(base) + tone, Normalizer.Form.NFC);
        return composed.length() == 1 ? composed.charAt(0) : base;
    }

    /**
     * Where the tone of the tone-less, lower-case syllable {@code s} belongs, or -1 when this class
     * has no opinion (not a syllable, or a nucleus both conventions agree on).
     */
    static int tonePosition(String s) {
        int start = 0;
        while (start < s.length() && !isVowel(s.charAt(start))) {
            start++;
        }
        if (start == s.length() || !isInitial(s.substring(0, start))) {
            return -1;
        }
        if (start > 0 && startsNucleusAfterGlide(s, start)) {
            start++; // the u of "qu", the i of "gi" are part of the initial consonant
        }
        int end = start;
        while (end < s.length() && isVowel(s.charAt(end))) {
            end++;
        }
        String finalConsonant = s.substring(end);
        if (!isFinal(finalConsonant)) {
            return -1;
        }
        String nucleus = s.substring(start, end);
        if (nucleus.length() == 1) {
            return start;
        }
        if (nucleus.equals("oa") || nucleus.equals("oe") || nucleus.equals("uy")) {
            return finalConsonant.isEmpty() ? start : start + 1;
        }
        return -1;
    }

    private static boolean startsNucleusAfterGlide(String s, int vowelStart) {
        String initial = s.substring(0, vowelStart);
        char glide = s.charAt(vowelStart);
        boolean followedByVowel = vowelStart + 1 < s.length() && isVowel(s.charAt(vowelStart + 1));
        return followedByVowel && ((initial.equals("q") && glide == 'u') || (initial.equals("g") && glide == 'i'));
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    private static boolean isInitial(String consonants) {
        return switch (consonants) {
            case "",
                    "b",
                    "c",
                    "ch",
                    "d",
                    "đ",
                    "g",
                    "gh",
                    "h",
                    "k",
                    "kh",
                    "l",
                    "m",
                    "n",
                    "ng",
                    "ngh",
                    "nh",
                    "p",
                    "ph",
                    "q",
                    "r",
                    "s",
                    "t",
                    "th",
                    "tr",
                    "v",
                    "x" -> true;
            default -> false;
        };
    }

    private static boolean isFinal(String consonants) {
        return switch (consonants) {
            case "", "c", "ch", "m", "n", "ng", "nh", "p", "t" -> true;
            default -> false;
        };
    }
}
