package org.songngu.corpus;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

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

    /** The distinct words of a search form, each cut to {@link #MAX_WORD} characters. */
    public static Set<String> words(String key) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : key.strip().split(" ")) {
            if (!word.isEmpty()) {
                words.add(word.length() > MAX_WORD ? word.substring(0, MAX_WORD) : word);
            }
        }
        return words;
    }

    /**
     * The distinct pairs of adjacent words of a search form ({@code "thai binh"}), each word cut to
     * {@link #MAX_WORD} characters: a search for two words reads the articles holding the query's
     * pair, far fewer than those holding each of its words when the words are common.
     */
    public static Set<String> pairs(String key) {
        return runs(key, 2);
    }

    /**
     * The distinct triples of adjacent words of a search form ({@code "comite du parti"}), each word
     * cut to {@link #MAX_WORD} characters: a search for three words or more reads the articles holding
     * each of the query's triples, far fewer than those holding each of its pairs when the pairs are
     * common and the phrase is not.
     */
    public static Set<String> triples(String key) {
        return runs(key, 3);
    }

    /** The distinct runs of {@code length} adjacent words of a search form, each word cut, joined by a space. */
    private static Set<String> runs(String key, int length) {
        Set<String> runs = new LinkedHashSet<>();
        String[] window = new String[length];
        int seen = 0;
        for (String word : key.strip().split(" ")) {
            if (!word.isEmpty()) {
                System.arraycopy(window, 1, window, 0, length - 1);
                window[length - 1] = word.length() > MAX_WORD ? word.substring(0, MAX_WORD) : word;
                if (++seen >= length) {
                    runs.add(String.join(" ", window));
                }
            }
        }
        return runs;
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
