package org.songngu.align;

/**
 * The prior of a bead's shape: {@code −ln p(a-b)} for a bead of {@code a} source and {@code b}
 * target sentences, from a table of probabilities (normalised here). Shapes absent from the table
 * are impossible (infinite cost). Immutable and thread-safe.
 */
final class BeadShapeScorer implements BeadScorer {

    private final double[][] cost;

    /** {@code probability[a][b]}: how often a bead has a source and b target sentences. */
    BeadShapeScorer(double[][] probability) {
        double total = 0;
        for (double[] row : probability) {
            for (double p : row) {
                total += p;
            }
        }
        cost = new double[probability.length][];
        for (int a = 0; a < probability.length; a++) {
            cost[a] = new double[probability[a].length];
            for (int b = 0; b < probability[a].length; b++) {
                cost[a][b] = probability[a][b] > 0 ? -Math.log(probability[a][b] / total) : Double.POSITIVE_INFINITY;
            }
        }
    }

    @Override
    public double cost(int s, int a, int t, int b) {
        return a < cost.length && b < cost[a].length ? cost[a][b] : Double.POSITIVE_INFINITY;
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
