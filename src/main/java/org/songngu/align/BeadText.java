package org.songngu.align;

import java.util.List;

/**
 * The text of one side of a bead: its sentences joined with one space. The job stores beads with
 * it, the review rebuilds them with it after a merge, split or shift, and offsets into a bead's text
 * (findings exported with a TMX unit) count on it: one definition, so that they cannot drift apart.
 */
public final class BeadText {

    /** What separates two sentences in a bead's text. */
    public static final String SEPARATOR = " ";

    private BeadText() {}

    /** Sentences {@code [start, end)} of {@code sentences} as a bead holds them ("" for none). */
    public static String of(List<String> sentences, int start, int end) {
        return String.join(SEPARATOR, sentences.subList(start, end));
    }

    /** Two bead texts one after the other, as a merge joins them (either may be empty). */
    public static String concat(String first, String second) {
        if (first.isEmpty()) {
            return second;
        }
        return second.isEmpty() ? first : first + SEPARATOR + second;
    }
}
