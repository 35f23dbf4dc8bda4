package org.songngu.align;

/**
 * Likelihood-ratio evidence from matched items ({@link MatchEvidence}). For each item of each
 * sentence of the bead, with {@code p1} the chance that a true translation covers it and
 * {@code p0} the chance that unrelated sentences do (for a side of {@code b} sentences,
 * {@code 1 − (1 − p0)^b}), the item adds {@code ln(p1/p0)} when covered and
 * {@code ln((1 − p1)/(1 − p0))} when not. The cost is {@code −weight} times the sum over both
 * directions; items of a sentence aligned to nothing add 0. Items are not independent, hence the
 * weight below 1. Tied to one document; caches coverage masks of sentence pairs, so not thread-safe.
 */
final class MatchScorer implements BeadScorer {

    private static final int ROWS = 8;
    private static final int COLUMNS = 256;

    private final Direction forward;
    private final Direction backward;
    private final double weight;

    MatchScorer(MatchEvidence evidence, double sourceP1, double targetP1, double weight, int maxSide) {
        this.forward = new Direction(evidence.source(), sourceP1, maxSide);
        this.backward = new Direction(evidence.target(), targetP1, maxSide);
        this.weight = weight;
    }

    @Override
    public double cost(int s, int a, int t, int b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return -weight * (forward.score(s, a, t, b) + backward.score(t, b, s, a));
    }

    /** Items of one side judged against a span of the other side. */
    private static final class Direction {
        private final MatchEvidence.Side side;
        private final double[][] uncoveredSum;
        private final double[][][] gain;
        private final long[] cacheKeys = new long[ROWS * COLUMNS];
        private final long[] cacheMasks = new long[ROWS * COLUMNS];

        Direction(MatchEvidence.Side side, double p1, int maxSide) {
            this.side = side;
            int n = side.links().length;
            uncoveredSum = new double[maxSide + 1][n];
            gain = new double[maxSide + 1][n][];
            for (int b = 1; b <= maxSide; b++) {
                for (int i = 0; i < n; i++) {
                    double[] p0s = side.p0()[i];
                    gain[b][i] = new double[p0s.length];
                    for (int k = 0; k < p0s.length; k++) {
                        double p0 = 1 - Math.pow(1 - p0s[k], b);
                        double p1b = Math.max(p1, p0);
                        double covered = Math.log(p1b / p0);
                        double uncovered = Math.log((1 - p1b) / (1 - p0));
                        uncoveredSum[b][i] += uncovered;
                        gain[b][i][k] = covered - uncovered;
                    }
                }
            }
            java.util.Arrays.fill(cacheKeys, -1);
        }

        double score(int s, int a, int t, int b) {
            if (b >= gain.length) {
                return 0;
            }
            double score = 0;
            for (int i = s; i < s + a; i++) {
                double[] g = gain[b][i];
                if (g.length == 0) {
                    continue;
                }
                long mask = 0;
                for (int j = t; j < t + b; j++) {
                    mask |= mask(i, j);
                }
                score += uncoveredSum[b][i];
                while (mask != 0) {
                    score += g[Long.numberOfTrailingZeros(mask)];
                    mask &= mask - 1;
                }
            }
            return score;
        }

        private long mask(int i, int j) {
            int slot = (i & (ROWS - 1)) * COLUMNS + (j & (COLUMNS - 1));
            long key = ((long) i << 32) | j;
            if (cacheKeys[slot] != key) {
                cacheKeys[slot] = key;
                cacheMasks[slot] = MatchEvidence.mask(side, i, j);
            }
            return cacheMasks[slot];
        }
    }
}
