package org.songngu.glossary;

/**
 * One occurrence of a glossary term in a text: characters {@code [start, end)} of the original
 * text, the concept it belongs to and the variant that matched.
 */
public record TermMatch(int start, int end, Term term, String variant) {

    public TermMatch {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad term span [" + start + ", " + end + ")");
        }
    }
}
