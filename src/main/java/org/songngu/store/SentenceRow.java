package org.songngu.store;

/** One stored sentence: its position in the version and in its paragraph's order. */
public record SentenceRow(int index, int paragraph, String text) {

    public SentenceRow {
        if (index < 0 || paragraph < 0) {
            throw new IllegalArgumentException("negative sentence position");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty sentence " + index);
        }
    }
}
