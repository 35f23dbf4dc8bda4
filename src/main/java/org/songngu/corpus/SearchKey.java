package org.songngu.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The search form of a text: accent-folded ({@link AccentFolding}), every run of characters other
 * than letters and digits made one space, with a space at both ends. A query matches a text when
 * its search form, without the final space, occurs in the text's: at a word start, accents, case
 * and punctuation aside ("Thai Binh" finds "Thái Bình", "mobilis" finds "Mobilisation", "12/2023"
 * finds "12-2023"). Stateless and thread-safe.
 */
public final class SearchKey {

    /** Indexed words are cut to this length; a longer query word is looked up by this prefix. */
    public static final int MAX_WORD = 40;

    private SearchKey() {}

    /** The search form of {@code text}: {@code " thai binh 2023 "}; a single space for a text without words. */
    public static String of(String text) {
        return keyed(text).key();
    }

    /**
     * The query's search form as matched: no final space, so that its last word matches as a prefix; empty without
     * words.
     */
    public static String query(String query) {
        String key = of(query);
        return key.isBlank() ? "" : key.substring(0, key.length() - 1);
    }

    /** The words of a search form in order, each cut to {@link #MAX_WORD} characters ({@link #cut}). */
    public static List<String> words(String key) {
        List<String> words = new ArrayList<>();
        for (String word : key.strip().split(" ")) {
            if (!word.isEmpty()) {
                words.add(cut(word));
            }
        }
        return words;
    }

    /** A word as the search index holds it: its first {@link #MAX_WORD} characters. */
    public static String cut(String word) {
        return word.length() > MAX_WORD ? word.substring(0, MAX_WORD) : word;
    }

    /**
     * Where {@code queryKey} (from {@link #query}) first occurs in {@code text}, as offsets
     * {@code [start, end)} of the original text (the matched words, without the spaces around
     * them), or null when it does not.
     */
    public static int[] find(String text, String queryKey) {
        if (queryKey.isBlank()) {
            return null;
        }
        Keyed keyed = keyed(text);
        int at = keyed.key().indexOf(queryKey);
        if (at < 0) {
            return null;
        }
        int first = at + 1;
        int last = at + queryKey.length() - 1;
        return new int[] {keyed.origins()[first], keyed.origins()[last] + 1};
    }

    private record Keyed(String key, int[] origins) {}

    // origins[i]: the index in the original text of the character that gave key character i.
    private static Keyed keyed(String text) {
        AccentFolding.Folded folded = AccentFolding.foldWithOffsets(text);
        String source = folded.text();
        StringBuilder key = new StringBuilder(source.length() + 2).append(' ');
        int[] origins = new int[source.length() + 2];
        origins[0] = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                origins[key.length()] = folded.originalStart(i);
                key.append(c);
            } else if (key.charAt(key.length() - 1) != ' ') {
                origins[key.length()] = folded.originalStart(i);
                key.append(' ');
            }
        }
        if (key.charAt(key.length() - 1) != ' ') {
            origins[key.length()] = text.length();
            key.append(' ');
        }
        return new Keyed(key.toString(), Arrays.copyOf(origins, key.length()));
    }
}
