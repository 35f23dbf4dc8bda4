package org.songngu.segment;

import java.util.Objects;

/**
 * One piece of an article version as the job stores it: the index of its paragraph, its text
 * (trimmed, never blank) and the kind of boundary before it. A piece after a possible boundary
 * may be a sentence or the second half of one; the aligner decides ({@link Piece}).
 */
public record MarkedSentence(int paragraph, String text, Piece.Boundary before) {

    public MarkedSentence {
        if (paragraph < 0) {
            throw new IllegalArgumentException("paragraph index must be >= 0, was " + paragraph);
        }
        if (text == null
                || SentenceSplitter.trim(text).isEmpty()
                || !SentenceSplitter.trim(text).equals(text)) {
            throw new IllegalArgumentException("sentence text must be trimmed and not blank: '" + text + "'");
        }
        Objects.requireNonNull(before, "before");
    }

    /** The splitter's prior that a sentence starts here, when the boundary is a possible one; else null. */
    public Double possiblePrior() {
        return before.possible() ? before.prior() : null;
    }
}
