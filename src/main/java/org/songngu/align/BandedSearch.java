package org.songngu.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Dynamic programme over beads of up to {@code maxSide} sentences a side, or one sentence facing up
 * to {@code fanOut}, inside a {@link Band}:
 * the cheapest path (Viterbi) and, by forward–backward in log space at a temperature, the
 * posterior probability of each bead on that path. Memory ({@link #tableBytes()}): two doubles and
 * one byte per band cell (17 bytes), plus one float per cell and bead shape for the bead costs. One
 * instance per search; not thread-safe.
 */
final class BandedSearch {

    /** A bead of the best path: source {@code [s, s+a)}, target {@code [t, t+b)}, its posterior. */
    record Step(int s, int a, int t, int b, double posterior) {}

    /** The best path and whether it came near an inner edge of the band (then widen and retry). */
    record Result(List<Step> steps, boolean nearEdge) {}

    private final Band band;
    private final BeadScorer scorer;
    private final int[][] shapes;
    private final double temperature;
    private final int[] offset;

    /**
     * @param fanOut   the most sentences one sentence may face (1-n and n-1 beads)
     * @param maxSide  the most sentences a side of a bead holds when both sides hold two or more
     */
    BandedSearch(Band band, BeadScorer scorer, int fanOut, int maxSide, double temperature) {
        this.band = band;
        this.scorer = scorer;
        this.temperature = temperature;
        List<int[]> list = new ArrayList<>();
        for (int a = 0; a <= fanOut; a++) {
            for (int b = 0; b <= fanOut; b++) {
                boolean many = a > 1 && b > 1;
                if ((a == 0) != (b == 0) ? a + b == 1 : a > 0 && (!many || a <= maxSide && b <= maxSide)) {
                    list.add(new int[] {a, b});
                }
            }
        }
        this.shapes = list.toArray(int[][]::new);
        this.offset = new int[band.n() + 2];
        for (int i = 0; i <= band.n(); i++) {
            offset[i + 1] = offset[i] + band.hi()[i] - band.lo()[i] + 1;
        }
    }

    /** What {@link #run} allocates for its tables, in bytes. */
    long tableBytes() {
        return offset[band.n() + 1] * bytesPerCell();
    }

    /** Two doubles and a byte, and a float per bead shape. */
    long bytesPerCell() {
        return 2 * Double.BYTES + 1 + (long) Float.BYTES * shapes.length;
    }

    private int cell(int i, int j) {
        if (i < 0 || i > band.n() || j < band.lo()[i] || j > band.hi()[i]) {
            return -1;
        }
        return offset[i] + j - band.lo()[i];
    }

    /**
     * @param margin   how close to an inner edge of the band the path may come
     * @param retrying whether a path near the edge will be searched again in a wider band: then its
     *                 posteriors (the backward sums, a third of the work) are not computed, and are NaN
     */
    Result run(int margin, boolean retrying) {
        int cells = offset[band.n() + 1];
        double[] best = new double[cells];
        double[] forward = new double[cells];
        byte[] back = new byte[cells];
        // bead costs are kept for the backward pass: one float per cell and shape
        // every cell is written below, in order, before any later cell reads it: no pass to fill
        // the arrays first (on a long document they are hundreds of megabytes)
        float[] costs = new float[cells * shapes.length];
        Arrays.fill(costs, 0, shapes.length, Float.POSITIVE_INFINITY);
        best[0] = 0;
        forward[0] = 0;
        back[0] = -1;
        double[] terms = new double[shapes.length];
        double[] cellCosts = new double[shapes.length];
        for (int i = 0; i <= band.n(); i++) {
            for (int j = band.lo()[i]; j <= band.hi()[i]; j++) {
                int here = cell(i, j);
                if (here == 0) {
                    continue;
                }
                double min = Double.POSITIVE_INFINITY;
                int arg = -1;
                int count = 0;
                // one call per cell: the scorer shares work between the beads ending here
                scorer.costsEndingAt(i, j, shapes, cellCosts);
                for (int k = 0; k < shapes.length; k++) {
                    int from = cell(i - shapes[k][0], j - shapes[k][1]);
                    if (from < 0 || best[from] == Double.POSITIVE_INFINITY) {
                        costs[here * shapes.length + k] = Float.POSITIVE_INFINITY;
                        continue;
                    }
                    double cost = cellCosts[k];
                    costs[here * shapes.length + k] = (float) cost;
                    if (cost == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    if (best[from] + cost < min) {
                        min = best[from] + cost;
                        arg = k;
                    }
                    terms[count++] = forward[from] + cost / temperature;
                }
                best[here] = min;
                back[here] = (byte) arg;
                forward[here] = negLogSumExp(terms, count);
            }
        }
        int end = cell(band.n(), band.m());
        if (best[end] == Double.POSITIVE_INFINITY) {
            return new Result(List.of(), true);
        }
        boolean nearEdge = false;
        for (int i = band.n(), j = band.m(); i > 0 || j > 0; ) {
            nearEdge |= band.nearInnerEdge(i, j, margin);
            int[] shape = shapes[back[cell(i, j)]];
            i -= shape[0];
            j -= shape[1];
        }
        if (nearEdge && retrying) {
            return new Result(path(back, null, null, costs, 0), true);
        }
        // the Viterbi costs are no longer needed: their array holds the backward sums
        return new Result(path(back, forward, backward(best, costs), costs, forward[end]), nearEdge);
    }

    /** The best path from the back pointers, with each bead's posterior (NaN without the sums). */
    private List<Step> path(byte[] back, double[] forward, double[] backward, float[] costs, double total) {
        List<Step> steps = new ArrayList<>();
        int i = band.n();
        int j = band.m();
        while (i > 0 || j > 0) {
            int here = cell(i, j);
            int[] shape = shapes[back[here]];
            int s = i - shape[0];
            int t = j - shape[1];
            double posterior = Double.NaN;
            if (backward != null) {
                double cost = costs[here * shapes.length + back[here]];
                double logPosterior = total - forward[cell(s, t)] - cost / temperature - backward[here];
                posterior = Math.min(1.0, Math.exp(-Math.max(0, -logPosterior)));
            }
            steps.add(new Step(s, shape[0], t, shape[1], posterior));
            i = s;
            j = t;
        }
        Collections.reverse(steps);
        return steps;
    }

    /** Backward sums: {@code −ln} of the total weight of paths from a cell to (n, m). */
    private double[] backward(double[] backward, float[] costs) {
        int cells = backward.length;
        // written from the last cell back, each before an earlier cell reads it
        backward[cells - 1] = 0;
        double[] terms = new double[shapes.length];
        for (int i = band.n(); i >= 0; i--) {
            for (int j = band.hi()[i]; j >= band.lo()[i]; j--) {
                int here = cell(i, j);
                if (here == cells - 1) {
                    continue;
                }
                int count = 0;
                for (int k = 0; k < shapes.length; k++) {
                    int to = cell(i + shapes[k][0], j + shapes[k][1]);
                    if (to < 0 || backward[to] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double cost = costs[to * shapes.length + k];
                    if (cost != Double.POSITIVE_INFINITY) {
                        terms[count++] = backward[to] + cost / temperature;
                    }
                }
                backward[here] = negLogSumExp(terms, count);
            }
        }
        return backward;
    }

    private static double negLogSumExp(double[] values, int count) {
        if (count == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double min = Double.POSITIVE_INFINITY;
        for (int k = 0; k < count; k++) {
            min = Math.min(min, values[k]);
        }
        if (min == Double.POSITIVE_INFINITY) {
            return min;
        }
        double sum = 0;
        for (int k = 0; k < count; k++) {
            sum += Math.exp(min - values[k]);
        }
        return min - Math.log(sum);
    }
}
