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
}
