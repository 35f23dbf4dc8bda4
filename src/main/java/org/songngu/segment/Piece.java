package org.songngu.segment;

/**
 * A piece of a paragraph cut at every boundary, certain or possible: its trimmed text and the
 * kind of boundary before it. The first piece of a paragraph is {@link Boundary#CERTAIN}.
 */
public record Piece(String text, Boundary before) {

    /**
     * The boundary before a piece. A possible one is where the rules cannot decide (an
     * abbreviation before a capital, an abbreviation that may end a sentence): {@link #LIKELY}
     * where the rules broke, {@link #UNLIKELY} where they did not.
     */
    public enum Boundary {
        CERTAIN(1.0),
        LIKELY(0.67),
        UNLIKELY(0.15);

        private final double prior;

        Boundary(double prior) {
            this.prior = prior;
        }

        public boolean possible() {
            return this != CERTAIN;
        }

        /**
         * How often a boundary of this kind is a real sentence boundary: for the possible ones,
         * measured on the UD treebanks' gold (bench/segment/run.sh, docs/SEGMENTATION.md).
         */
        public double prior() {
            return prior;
        }
    }

    public Piece {
        if (text == null
                || SentenceSplitter.trim(text).isEmpty()
                || !SentenceSplitter.trim(text).equals(text)) {
            throw new IllegalArgumentException("piece text must be trimmed and not blank: '" + text + "'");
        }
        if (before == null) {
            throw new IllegalArgumentException("a piece needs the kind of boundary before it");
        }
    }
}
