package org.songngu.segment;

/**
 * One sentence of an article version: the index of its paragraph (from 0, in input order) and its
 * text, trimmed and never blank.
 */
public record Sentence(int paragraph, String text) {

    public Sentence {
        if (paragraph < 0) {
            throw new IllegalArgumentException("paragraph index must be >= 0, was " + paragraph);
        }
        if (text == null || SentenceSplitter.trim(text).isEmpty()) {
            throw new IllegalArgumentException("sentence text must not be null or blank");
        }
        if (!SentenceSplitter.trim(text).equals(text)) {
            throw new IllegalArgumentException("sentence text must be trimmed: '" + text + "'");
        }
    }
}
