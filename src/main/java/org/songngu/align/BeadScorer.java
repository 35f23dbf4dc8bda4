package org.songngu.align;

/**
 * One kind of evidence about a bead, for one document. A scorer returns a cost, lower is better:
 * {@code −ln p} of what it sees in the bead, or {@code −ln} of the likelihood ratio between "these
 * sentences translate each other" and "these sentences are unrelated" (then it may be negative).
 * Costs of independent scorers add up ({@link CompositeScorer}). Scorers hold per-document caches:
 * one instance per document and thread.
 */
@FunctionalInterface
public interface BeadScorer {

    /** The cost of aligning source sentences {@code [s, s+a)} with target sentences {@code [t, t+b)}. */
    double cost(int s, int a, int t, int b);

    /**
     * The costs of every bead ending at cell {@code (i, j)}: {@code out[k]} for the bead of
     * {@code shapes[k][0]} source and {@code shapes[k][1]} target sentences, infinite when it would
     * start before the document. The search calls it once per cell, row by row, so a scorer may
     * share work between the beads of a cell and between neighbouring cells; the result must equal
     * {@link #cost} bead by bead.
     */
    default void costsEndingAt(int i, int j, int[][] shapes, double[] out) {
        for (int k = 0; k < shapes.length; k++) {
            int a = shapes[k][0];
            int b = shapes[k][1];
            out[k] = i < a || j < b ? Double.POSITIVE_INFINITY : cost(i - a, a, j - b, b);
        }
    }
}
