package org.songngu.align;

import java.util.List;

/**
 * The cells the search may visit: for each source prefix length {@code i} (0..n), the target
 * prefix lengths {@code lo[i]..hi[i]}. Both bounds never decrease with {@code i}, so the search
 * costs {@code O(n · width)} and never an {@code n × m} matrix.
 */
record Band(int n, int m, int[] lo, int[] hi) {

    Band {
        if (lo.length != n + 1 || hi.length != n + 1 || lo[0] != 0 || hi[n] != m) {
            throw new IllegalArgumentException("a band must hold (0,0) and (n,m)");
        }
    }

    /** A band of half-width {@code width} around the straight line from (0,0) to (n,m). */
    static Band diagonal(int n, int m, int width) {
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            double centre = n == 0 ? 0 : (double) i * m / n;
            lo[i] = Math.max(0, (int) Math.floor(centre) - width);
            hi[i] = Math.min(m, (int) Math.ceil(centre) + width);
        }
        lo[0] = 0;
        hi[n] = m;
        return new Band(n, m, lo, hi);
    }

    /** A band of half-width {@code width} around a path given as its cells (i, j), in order. */
    static Band around(List<int[]> path, int n, int m, int width) {
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        java.util.Arrays.fill(lo, Integer.MAX_VALUE);
        java.util.Arrays.fill(hi, -1);
        int[] previous = {0, 0};
        for (int[] cell : path) {
            // rows skipped by a many-sentence bead take the columns between its two ends
            for (int i = previous[0]; i <= cell[0]; i++) {
                lo[i] = Math.min(lo[i], previous[1]);
                hi[i] = Math.max(hi[i], cell[1]);
            }
            previous = cell;
        }
        for (int i = 0; i <= n; i++) {
            lo[i] = Math.max(0, lo[i] - width);
            hi[i] = Math.min(m, hi[i] + width);
        }
        lo[0] = 0;
        hi[n] = m;
        return new Band(n, m, lo, hi);
    }

    /**
     * This band with the rows {@code [from, to]} widened to half-width {@code width} around the
     * columns they already span, then made monotone again.
     */
    Band widened(List<int[]> rows, int width) {
        int[] newLo = lo.clone();
        int[] newHi = hi.clone();
        for (int[] range : rows) {
            for (int i = Math.max(0, range[0]); i <= Math.min(n, range[1]); i++) {
                newLo[i] = Math.max(0, Math.min(newLo[i], lo[i] - width));
                newHi[i] = Math.min(m, Math.max(newHi[i], hi[i] + width));
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            newLo[i] = Math.min(newLo[i], newLo[i + 1]);
        }
        for (int i = 1; i <= n; i++) {
            newHi[i] = Math.max(newHi[i], newHi[i - 1]);
        }
        return new Band(n, m, newLo, newHi);
    }

    int cells() {
        long total = 0;
        for (int i = 0; i <= n; i++) {
            total += hi[i] - lo[i] + 1;
        }
        if (total > Integer.MAX_VALUE) {
            throw new IllegalStateException("band of " + total + " cells is too large");
        }
        return (int) total;
    }

    /** Whether cell (i, j) lies within {@code margin} of an edge of the band that is not an edge of the matrix. */
    boolean nearInnerEdge(int i, int j, int margin) {
        return (lo[i] > 0 && j - lo[i] < margin) || (hi[i] < m && hi[i] - j < margin);
    }
}
