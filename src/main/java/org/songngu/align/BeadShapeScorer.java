package org.songngu.align;

import java.util.Map;

/**
 * The prior of a bead's shape: {@code −ln p(a-b)} for a bead of {@code a} source and {@code b}
 * target sentences, from a table of probabilities (normalised here). Shapes absent from the table
 * are impossible (infinite cost). A possible boundary inside a bead ({@link DocumentPair}) does
 * not count as a merge: the two pieces it separates are priced as the one sentence they may be.
 * Each possible boundary is decided exactly once, by the bead that starts there (taken, cost
 * {@code −ln p}) or the bead that holds it (left, cost {@code −ln (1−p)}), p being the
 * splitter's prior. Immutable and thread-safe.
 */
final class BeadShapeScorer implements BeadScorer {

    private final double[][] cost;
    /** {@code sourceCount[i]}: possible source boundaries before sentences 1..i; null when none. */
    private final int[] sourceCount;

    private final int[] targetCount;
    /**
     * {@code sourceLeft[i]}: summed {@code −ln (1−p)} of those boundaries; {@code sourceTaken[i]}: {@code −ln p} of
     * boundary i or 0.
     */
    private final double[] sourceLeft;

    private final double[] targetLeft;
    private final double[] sourceTaken;
    private final double[] targetTaken;
    /** Sentences without a single word (letters or digits), per side; null: none. */
    private final boolean[] sourceWordless;

    private final boolean[] targetWordless;

    /**
     * The prior of a 1-0 or 0-1 bead whose sentence has no word at all (a row of dots, a dash,
     * scanning debris): it carries nothing to translate, so it is left without counterpart about
     * as often as not, instead of 0.1% of the time. Two such lines facing each other still make a
     * 1-1 bead (two deletions at 0.5 cost more than one 1-1 bead).
     */
    static final double WORDLESS_DELETION = 0.5;

    /** {@code probability[a][b]}: how often a bead has a source and b target sentences. */
    BeadShapeScorer(double[][] probability) {
        this(probability, Map.of(), 0, Map.of(), 0);
    }

    /** The same for a document of {@code n} and {@code m} sentences with these possible boundaries. */
    BeadShapeScorer(
            double[][] probability,
            Map<Integer, Double> sourcePossible,
            int n,
            Map<Integer, Double> targetPossible,
            int m) {
        this(probability, sourcePossible, n, targetPossible, m, null, null);
    }

    /** The same, with the sentences that have no word ({@link #WORDLESS_DELETION}); null: none. */
    BeadShapeScorer(
            double[][] probability,
            Map<Integer, Double> sourcePossible,
            int n,
            Map<Integer, Double> targetPossible,
            int m,
            boolean[] sourceWordless,
            boolean[] targetWordless) {
        this.sourceWordless = sourceWordless;
        this.targetWordless = targetWordless;
        this.cost = table(probability);
        this.sourceCount = counts(sourcePossible, n);
        this.targetCount = counts(targetPossible, m);
        this.sourceLeft = left(sourcePossible, n);
        this.targetLeft = left(targetPossible, m);
        this.sourceTaken = taken(sourcePossible, n);
        this.targetTaken = taken(targetPossible, m);
    }

    private static int[] counts(Map<Integer, Double> possible, int size) {
        if (possible.isEmpty()) {
            return null;
        }
        int[] counts = new int[size + 1];
        for (int i = 1; i <= size; i++) {
            counts[i] = counts[i - 1] + (possible.containsKey(i) ? 1 : 0);
        }
        return counts;
    }

    private static double[] left(Map<Integer, Double> possible, int size) {
        if (possible.isEmpty()) {
            return null;
        }
        double[] sums = new double[size + 1];
        for (int i = 1; i <= size; i++) {
            Double p = possible.get(i);
            sums[i] = sums[i - 1] + (p == null ? 0 : -Math.log1p(-p));
        }
        return sums;
    }

    private static double[] taken(Map<Integer, Double> possible, int size) {
        if (possible.isEmpty()) {
            return null;
        }
        double[] costs = new double[size + 1];
        possible.forEach((i, p) -> costs[i] = -Math.log(p));
        return costs;
    }

    /** Possible boundaries strictly inside sentences {@code [start, start+count)}. */
    private static int inside(int[] counts, int start, int count) {
        return counts == null || count < 2 ? 0 : counts[start + count - 1] - counts[start];
    }

    /** The cost of deciding the possible boundaries a bead of {@code [start, start+count)} decides. */
    private static double decisions(double[] left, double[] taken, int start, int count) {
        if (left == null || count == 0) {
            return 0;
        }
        return taken[start] + (count < 2 ? 0 : left[start + count - 1] - left[start]);
    }

    private static double[][] table(double[][] probability) {
        double total = 0;
        for (double[] row : probability) {
            for (double p : row) {
                total += p;
            }
        }
        double[][] cost = new double[probability.length][];
        for (int a = 0; a < probability.length; a++) {
            cost[a] = new double[probability[a].length];
            for (int b = 0; b < probability[a].length; b++) {
                cost[a][b] = probability[a][b] > 0 ? -Math.log(probability[a][b] / total) : Double.POSITIVE_INFINITY;
            }
        }
        return cost;
    }

    @Override
    public double cost(int s, int a, int t, int b) {
        int sentencesA = a - inside(sourceCount, s, a);
        int sentencesB = b - inside(targetCount, t, b);
        if (sentencesA >= cost.length || sentencesB >= cost[sentencesA].length) {
            return Double.POSITIVE_INFINITY;
        }
        double shape = cost[sentencesA][sentencesB];
        if (a + b == 1
                && (a == 1
                        ? sourceWordless != null && sourceWordless[s]
                        : targetWordless != null && targetWordless[t])) {
            shape = -Math.log(WORDLESS_DELETION);
        }
        return shape + decisions(sourceLeft, sourceTaken, s, a) + decisions(targetLeft, targetTaken, t, b);
    }

    @Override
    public void costsEndingAt(int i, int j, int[][] shapes, double[] out) {
        // the search calls this for every cell: no per-cell work beyond the table look-up
        for (int k = 0; k < shapes.length; k++) {
            int a = shapes[k][0];
            int b = shapes[k][1];
            out[k] = i < a || j < b ? Double.POSITIVE_INFINITY : cost(i - a, a, j - b, b);
        }
    }
}
