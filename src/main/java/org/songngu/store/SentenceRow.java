package org.songngu.store;

/**
 * One stored sentence: its position in the version and in its paragraph's order, and, when the
 * boundary before it is a possible one the aligner decides (issue 25), the splitter's prior that
 * it is real, in (0,1); null when the boundary is certain.
 */
public record SentenceRow(int index, int paragraph, String text, Double possibleBefore) {

    public SentenceRow {
        if (index < 0 || paragraph < 0) {
            throw new IllegalArgumentException("negative sentence position");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty sentence " + index);
        }
        if (possibleBefore != null && !(possibleBefore > 0 && possibleBefore < 1)) {
            throw new IllegalArgumentException(
                    "sentence " + index + ": prior of a possible boundary must be in (0,1), was " + possibleBefore);
        }
        if (possibleBefore != null && index == 0) {
            throw new IllegalArgumentException("the first sentence of a version has no possible boundary before it");
        }
    }

    /** A sentence after a certain boundary. */
    public SentenceRow(int index, int paragraph, String text) {
        this(index, paragraph, text, null);
    }
}
