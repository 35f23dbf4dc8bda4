package org.songngu.align;

/**
 * Gale–Church length evidence. With {@code ls} and {@code lt} the character lengths of the two
 * sides, {@code c} the target/source length ratio of the document and {@code s²} the variance per
 * character, {@code δ = (lt − c·ls) / sqrt(s² · (ls + lt/c)/2)} is roughly standard normal for true
 * beads, and the cost is {@code −ln P(|Z| ≥ |δ|) = −ln erfc(|δ|/√2)}: 0 when the lengths agree,
 * growing with δ². The ratio is estimated from the document itself (Vietnamese runs longer than
 * French, English shorter): first from its total lengths, then from its confident 1-1 beads. Not thread-safe only in
 * that it is tied to one document; no cache.
 */
final class LengthScorer implements BeadScorer {

    private final int[] sourcePrefix;
    private final int[] targetPrefix;
    private final double ratio;
    private final double variance;

    /** With the ratio of the document's total lengths. */
    LengthScorer(int[] sourceLengths, int[] targetLengths, double variance) {
        this(sourceLengths, targetLengths, variance, Double.NaN);
    }

    /** With a given ratio (from confident beads: totals mislead when one side omits passages); NaN for the totals. */
    LengthScorer(int[] sourceLengths, int[] targetLengths, double variance, double ratio) {
        this.sourcePrefix = prefix(sourceLengths);
        this.targetPrefix = prefix(targetLengths);
        this.ratio = Double.isNaN(ratio)
                ? (targetPrefix[targetLengths.length] + 1.0) / (sourcePrefix[sourceLengths.length] + 1.0)
                : ratio;
        this.variance = variance;
    }

    double ratio() {
        return ratio;
    }

    /** δ of a bead, exposed so that the variance can be estimated from confident beads. */
    double delta(int s, int a, int t, int b) {
        double ls = sourcePrefix[s + a] - sourcePrefix[s];
        double lt = targetPrefix[t + b] - targetPrefix[t];
        double mean = (ls + lt / ratio) / 2 + 1;
        return (lt - ratio * ls) / Math.sqrt(mean * ratio);
    }

    @Override
    public double cost(int s, int a, int t, int b) {
        if (a == 0 || b == 0) {
            // an untranslated sentence has no length to compare; its shape prior prices it
            return 0;
        }
        double z = Math.abs(delta(s, a, t, b)) / Math.sqrt(variance);
        return negLogErfc(z / Math.sqrt(2));
    }

    @Override
    public void costsEndingAt(int i, int j, int[][] shapes, double[] out) {
        double scale = 1 / Math.sqrt(2 * variance);
        for (int k = 0; k < shapes.length; k++) {
            int a = shapes[k][0];
            int b = shapes[k][1];
            if (i < a || j < b) {
                out[k] = Double.POSITIVE_INFINITY;
            } else if (a == 0 || b == 0) {
                out[k] = 0;
            } else {
                out[k] = negLogErfc(Math.abs(delta(i - a, a, j - b, b)) * scale);
            }
        }
    }

    /** {@code −ln erfc(x)} for x ≥ 0, from the Numerical Recipes erfc approximation (error < 1.2e-7). */
    static double negLogErfc(double x) {
        double t = 1.0 / (1.0 + 0.5 * x);
        // Horner's rule from the highest coefficient down, the same operations in the same order as the
        // nested form, written out rather than looped over an array: the search calls this for every
        // bead of every cell, and C1 (align's compiler in bin/songngu) does not unroll loops
        double poly = 0.17087277;
        poly = -0.82215223 + t * poly;
        poly = 1.48851587 + t * poly;
        poly = -1.13520398 + t * poly;
        poly = 0.27886807 + t * poly;
        poly = -0.18628806 + t * poly;
        poly = 0.09678418 + t * poly;
        poly = 0.37409196 + t * poly;
        poly = 1.00002368 + t * poly;
        poly = -1.26551223 + t * poly;
        return x * x - poly - Math.log(t);
    }

    private static int[] prefix(int[] lengths) {
        int[] prefix = new int[lengths.length + 1];
        for (int k = 0; k < lengths.length; k++) {
            prefix[k + 1] = prefix[k] + lengths[k];
        }
        return prefix;
    }
}
