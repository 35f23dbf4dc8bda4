package org.songngu.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A cheap first guess of where a long document's path runs: the cheapest path by sentence lengths
 * and bead shapes alone (Gale–Church: 1-1, 1-0, 0-1, 1-2, 2-1, 2-2 beads), Viterbi only, in a band
 * around the diagonal that is doubled while the path runs near its edge, up to a budget of cells;
 * when the budget stops it at the edge, around the path found first among blocks of sentences.
 *
 * <p>Why: a long document whose translation drops or adds passages strays from the diagonal by
 * hundreds of sentences, and the first pass then searched it again with the full scorer in bands
 * twice as wide at each widening, up to its memory bound, where the path is cut off by the band
 * instead of found. This search costs a few length comparisons and one byte a cell (a back pointer;
 * two rows of costs), so it can afford the wide band; the first pass then searches a narrow band
 * around its path. Immutable inputs, no state: thread-safe.
 */
final class LengthPath {

    private static final int[][] SHAPES = {{1, 1}, {1, 0}, {0, 1}, {1, 2}, {2, 1}, {2, 2}};

    /**
     * Past this many sentences a side, a path the budget stopped at the edge of its band is looked for
     * among blocks of sentences.
     */
    static final int COARSE_ABOVE = 2_000;

    private static final int BLOCK = 16;

    private LengthPath() {}

    /**
     * @param shapeCost {@code −ln p(a-b)} of each bead shape (at least 3 × 3)
     * @param width     the first band's half-width around the diagonal
     * @param maxCells  the most cells a band may hold: past it the path of the last band is kept
     * @return the path's cells (i, j) after each bead, in order, ending at (n, m)
     */
    static List<int[]> find(
            int[] sourceLengths, int[] targetLengths, double[][] shapeCost, double variance, int width, long maxCells) {
        int n = sourceLengths.length;
        int m = targetLengths.length;
        if (n == 0 || m == 0) {
            return List.of(new int[] {n, m});
        }
        int[] source = prefix(sourceLengths);
        int[] target = prefix(targetLengths);
        // the ratio of the document's totals, as the first pass's length scorer takes it
        double ratio = (target[m] + 1.0) / (source[n] + 1.0);
        int limit = Math.max(n, m);
        // the widest diagonal band the budget affords: (2w + 1)(n + 1) cells
        int affordable = (int) Math.max(1, Math.min(limit, (maxCells / (n + 1L) - 1) / 2));
        Lengths lengths = new Lengths(source, target, ratio, 2 * variance, shapeCost);
        Found diagonal = widened(w -> Band.diagonal(n, m, w), Math.min(width, affordable), limit, maxCells, lengths);
        if (!diagonal.nearEdge() || limit <= COARSE_ABOVE) {
            return diagonal.path();
        }
        // The budget stopped the band at the path's edge: the translation ratio changes along the
        // document (passages added or dropped, one part translated more freely) and the path strays
        // from the diagonal by more than the band. Find it among blocks of BLOCK sentences first (a
        // document of blocks, searched the same way: a very long one goes through blocks of blocks),
        // then search around that path. Blocks do not start where beads do: the band around their
        // path is a few blocks wide.
        int[] sourceBlocks = blocks(sourceLengths);
        int[] targetBlocks = blocks(targetLengths);
        int blocks = Math.max(sourceBlocks.length, targetBlocks.length);
        List<int[]> coarse = find(
                sourceBlocks, targetBlocks, shapeCost, variance, Math.max(64, (int) (2 * Math.sqrt(blocks))), maxCells);
        List<int[]> centre = new ArrayList<>(coarse.size());
        for (int[] cell : coarse) {
            centre.add(new int[] {Math.min(n, cell[0] * BLOCK), Math.min(m, cell[1] * BLOCK)});
        }
        return widened(w -> Band.around(centre, n, m, w), 4 * BLOCK, limit, maxCells, lengths)
                .path();
    }

    private record Found(List<int[]> path, boolean nearEdge) {}

    /**
     * A document's prefix sums of sentence lengths, its length ratio, twice the variance of δ and the
     * bead shapes' costs: what a search reads.
     */
    private record Lengths(int[] source, int[] target, double ratio, double twiceVariance, double[][] shapeCost) {}

    /** The path in the band of half-width {@code width}, doubled while the path runs near its edge, within budget. */
    private static Found widened(IntFunction<Band> bandOf, int width, int limit, long maxCells, Lengths lengths) {
        Band band = bandOf.apply(width);
        while (true) {
            Search search = new Search(band, lengths);
            List<int[]> path = search.run(Math.max(3, width / 4));
            if (!search.nearEdge || width >= limit) {
                return new Found(path, false);
            }
            int wider = Math.min(limit, width * 2);
            Band next = bandOf.apply(wider);
            if (next.cells() > maxCells) {
                return new Found(path, true);
            }
            width = wider;
            band = next;
        }
    }

    /** The lengths of consecutive blocks of {@link #BLOCK} sentences (the last one shorter). */
    private static int[] blocks(int[] lengths) {
        int[] blocks = new int[(lengths.length + BLOCK - 1) / BLOCK];
        for (int k = 0; k < lengths.length; k++) {
            blocks[k / BLOCK] += lengths[k];
        }
        return blocks;
    }

    private static int[] prefix(int[] lengths) {
        int[] prefix = new int[lengths.length + 1];
        for (int k = 0; k < lengths.length; k++) {
            prefix[k + 1] = prefix[k] + lengths[k];
        }
        return prefix;
    }

    private static final class Search {

        private final Band band;
        private final int[] source;
        private final int[] target;
        private final double ratio;
        private final double twiceVariance;
        private final double[] costs;
        private final int[] offset;
        boolean nearEdge;

        Search(Band band, Lengths lengths) {
            this.band = band;
            this.source = lengths.source();
            this.target = lengths.target();
            this.ratio = lengths.ratio();
            this.twiceVariance = lengths.twiceVariance();
            this.costs = new double[SHAPES.length];
            for (int k = 0; k < SHAPES.length; k++) {
                costs[k] = lengths.shapeCost()[SHAPES[k][0]][SHAPES[k][1]];
            }
            this.offset = new int[band.n() + 2];
            for (int i = 0; i <= band.n(); i++) {
                offset[i + 1] = offset[i] + band.hi()[i] - band.lo()[i] + 1;
            }
        }

        /**
         * The Gaussian {@code δ²/2s²} instead of Gale–Church's {@code −ln erfc}: the same δ (so the same ratio and
         * variance), without a square root, a polynomial and a logarithm per bead; both grow as δ² past the
         * first standard deviations, which is all a first guess of the path needs.
         */
        private double lengthCost(int s, int a, int t, int b) {
            double ls = source[s + a] - source[s];
            double lt = target[t + b] - target[t];
            double diff = lt - ratio * ls;
            return diff * diff / (((ls + lt / ratio) / 2 + 1) * ratio * twiceVariance);
        }

        List<int[]> run(int margin) {
            int n = band.n();
            byte[] back = new byte[offset[n + 1]];
            // the costs of rows i, i−1 and i−2 (a bead spans at most two source sentences)
            double[][] rows = new double[3][];
            for (int i = 0; i <= n; i++) {
                int lo = band.lo()[i];
                int hi = band.hi()[i];
                double[] row = new double[hi - lo + 1];
                rows[i % 3] = row;
                for (int j = lo; j <= hi; j++) {
                    if (i == 0 && j == 0) {
                        back[0] = -1;
                        continue;
                    }
                    double min = Double.POSITIVE_INFINITY;
                    int arg = -1;
                    for (int k = 0; k < SHAPES.length; k++) {
                        int a = SHAPES[k][0];
                        int b = SHAPES[k][1];
                        int fi = i - a;
                        int fj = j - b;
                        if (fi < 0 || fj < band.lo()[fi] || fj > band.hi()[fi]) {
                            continue;
                        }
                        double from = rows[fi % 3][fj - band.lo()[fi]];
                        if (from == Double.POSITIVE_INFINITY) {
                            continue;
                        }
                        double cost = from + costs[k] + (a == 0 || b == 0 ? 0 : lengthCost(fi, a, fj, b));
                        if (cost < min) {
                            min = cost;
                            arg = k;
                        }
                    }
                    row[j - lo] = min;
                    back[offset[i] + j - lo] = (byte) arg;
                }
            }
            List<int[]> path = new ArrayList<>();
            int i = n;
            int j = band.m();
            while (i > 0 || j > 0) {
                path.add(new int[] {i, j});
                nearEdge |= band.nearInnerEdge(i, j, margin);
                int k = back[offset[i] + j - band.lo()[i]];
                if (k < 0) {
                    // no path in this band: treat it as running off its edge
                    nearEdge = true;
                    return diagonal(n, band.m());
                }
                i -= SHAPES[k][0];
                j -= SHAPES[k][1];
            }
            Collections.reverse(path);
            return path;
        }

        private static List<int[]> diagonal(int n, int m) {
            List<int[]> path = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                path.add(new int[] {i, (int) ((long) i * m / n)});
            }
            path.add(new int[] {n, m});
            return path;
        }
    }
}
