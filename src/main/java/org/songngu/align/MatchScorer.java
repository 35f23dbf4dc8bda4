package org.songngu.align;

import java.util.Arrays;
import java.util.List;

/**
 * Likelihood-ratio evidence from matched items ({@link MatchEvidence}), all kinds at once. For each
 * item of each sentence of the bead, with {@code p1} the chance that a true translation covers it
 * and {@code p0} the chance that unrelated sentences do (for a side of {@code b} sentences,
 * {@code 1 − (1 − p0)^b}), the item adds {@code ln(p1/p0)} when covered and
 * {@code ln((1 − p1)/(1 − p0))} when not. The cost is minus the weighted sum over both directions;
 * items of a sentence aligned to nothing add 0. Items are not independent, hence weights below 1.
 *
 * <p><b>Support.</b> Every sentence of a side of two or more sentences must itself be supported
 * by the other side: with {@code λ} the unweighted log-likelihood ratio of its own items against
 * the other side, it adds {@code −ln σ(λ + offset)} = {@code ln(1 + e^−(λ + offset))}, the cost of
 * believing that it belongs to the bead. A supported sentence ({@code λ} well above 0) costs about
 * nothing; a sentence whose items the other side does not cover costs about {@code −λ}, so an
 * untranslated sentence beside a 1-1 bead becomes a 1-0 bead instead of being absorbed into a 2-1.
 * The summed item evidence cannot do this alone: it is damped by the weight, and a strong 1-1 match
 * outweighs one unrelated neighbour.
 *
 * <p>Tied to one document; caches coverage masks of sentence pairs and the scores of the
 * sentences ending the last cells, so not thread-safe.
 */
final class MatchScorer implements BeadScorer {

    /**
     * The most ends the span cache holds per slot (a power of two): 8,192 columns, far wider than
     * the band's rows, in 4.7 MB per direction whatever the document's length.
     */
    static final int MAX_WINDOW = 1 << 13;

    /** One kind of evidence of a document, with its learned coverage chances and its weight. */
    record Kind(MatchEvidence evidence, double sourceP1, double targetP1, double weight) {}

    private final Direction forward;
    private final Direction backward;
    private final int maxSide;
    private final double supportOffset;
    private final double[] pair = new double[2];
    /** The rolling caches' rows holding the scores of the sentences ending the current cell (read in place). */
    private final double[][] forwardWeighted;

    private final double[][] forwardSupport;
    private final double[][] backwardWeighted;
    private final double[][] backwardSupport;
    private final double[] plain;

    /** One kind of evidence, without the support term (as the scorer tables test it). */
    MatchScorer(MatchEvidence evidence, double sourceP1, double targetP1, double weight, int maxSide) {
        this(List.of(new Kind(evidence, sourceP1, targetP1, weight)), maxSide, Double.POSITIVE_INFINITY);
    }

    /**
     * @param supportOffset prior log-odds that a sentence of a multi-sentence side belongs to its
     *                      bead; {@code +∞} turns the support term off
     */
    MatchScorer(List<Kind> kinds, int maxSide, double supportOffset) {
        this.maxSide = maxSide;
        this.supportOffset = supportOffset;
        this.forward = new Direction(kinds, true, maxSide);
        this.backward = new Direction(kinds, false, maxSide);
        forwardWeighted = new double[maxSide + 1][];
        forwardSupport = new double[maxSide + 1][];
        backwardWeighted = new double[maxSide + 1][];
        backwardSupport = new double[maxSide + 1][];
        plain = new double[maxSide + 1];
    }

    @Override
    public double cost(int s, int a, int t, int b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        if (a > maxSide || b > maxSide) {
            throw new IllegalArgumentException("bead " + a + "-" + b + " exceeds " + maxSide + " sentences a side");
        }
        double cost = 0;
        for (int x = s; x < s + a; x++) {
            forward.spanScore(x, t, b, pair);
            if (a > 1) {
                cost -= member(pair[0]);
                cost += support(pair[1]);
            } else {
                cost -= pair[0];
            }
        }
        for (int y = t; y < t + b; y++) {
            backward.spanScore(y, s, a, pair);
            if (b > 1) {
                cost -= member(pair[0]);
                cost += support(pair[1]);
            } else {
                cost -= pair[0];
            }
        }
        return cost;
    }

    @Override
    public void costsEndingAt(int i, int j, int[][] shapes, double[] out) {
        // the scores of the last sentences of each side against the spans ending at the other side's
        // cell: every bead of the cell is a sum of them, and neighbouring cells reuse them
        int spansForward = Math.min(maxSide, j);
        for (int r = 1; r <= Math.min(maxSide, i); r++) {
            int slot = forward.cachedSpanScores(i - r, j, spansForward, plain, this);
            forwardWeighted[r] = forward.weighted(slot);
            forwardSupport[r] = forward.support(slot);
        }
        int spansBackward = Math.min(maxSide, i);
        for (int r = 1; r <= Math.min(maxSide, j); r++) {
            int slot = backward.cachedSpanScores(j - r, i, spansBackward, plain, this);
            backwardWeighted[r] = backward.weighted(slot);
            backwardSupport[r] = backward.support(slot);
        }
        int forwardBase = forward.base(j);
        int backwardBase = backward.base(i);
        for (int k = 0; k < shapes.length; k++) {
            int a = shapes[k][0];
            int b = shapes[k][1];
            if (a > i || b > j) {
                out[k] = Double.POSITIVE_INFINITY;
                continue;
            }
            if (a == 0 || b == 0) {
                out[k] = 0;
                continue;
            }
            double cost = 0;
            for (int r = 1; r <= a; r++) {
                if (a > 1) {
                    cost -= member(forwardWeighted[r][forwardBase + b]);
                    cost += forwardSupport[r][forwardBase + b];
                } else {
                    cost -= forwardWeighted[r][forwardBase + b];
                }
            }
            for (int r = 1; r <= b; r++) {
                if (b > 1) {
                    cost -= member(backwardWeighted[r][backwardBase + a]);
                    cost += backwardSupport[r][backwardBase + a];
                } else {
                    cost -= backwardWeighted[r][backwardBase + a];
                }
            }
            out[k] = cost;
        }
    }

    /**
     * The coverage mask of kind {@code kind} as the scorer computes it (in chunks, from inverted
     * lists): items of source sentence x covered by target sentence y when {@code sourceItems},
     * else items of target sentence x covered by source sentence y. For tests.
     */
    long coverage(boolean sourceItems, int kind, int x, int y) {
        return (sourceItems ? forward : backward).mask(kind, x, y);
    }

    /**
     * A member's own weighted item evidence, counted down to {@code −offset} only: below that the
     * support term prices it alone (about {@code −λ − offset}), so that an unsupported member costs
     * about {@code −λ}, its missing items counted once and not once more through the weighted sum.
     */
    private double member(double weighted) {
        return Math.max(weighted, -supportOffset);
    }

    /** {@code −ln σ(λ + offset)}, computed without overflow. */
    double support(double lambda) {
        if (supportOffset == Double.POSITIVE_INFINITY) {
            return 0;
        }
        double z = -(lambda + supportOffset);
        return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    }

    /**
     * Items of one side's sentences judged against spans of the other side, every kind at once.
     *
     * <p>Coverage masks are computed for one item sentence against a chunk of {@link #CHUNK}
     * neighbouring sentences of the other side at a time, from inverted lists instead of pair by
     * pair: for each link of each item, the sorted list of the other side's sentences where that id
     * is present ({@code postings}) is walked over the chunk. The work is the matches themselves plus
     * one binary search per link and chunk, not every item against every sentence of the band; the
     * lists hold each present id once (no copy of the links per occurrence), and the masks are
     * identical to {@link MatchEvidence#mask}. The forward direction keeps chunks for the last
     * {@code maxSide + 1} source sentences along the whole band; the backward one, whose item
     * sentences are the band's target columns, keeps two chunks (the last source rows) for each of
     * up to 1,024 columns.
     */
    private static final class Direction {
        private static final int LOG_CHUNK = 4;
        static final int CHUNK = 1 << LOG_CHUNK;

        private final MatchEvidence.Side[] sides;
        private final double[] weights;
        private final int maxSide;
        private final int otherSize;
        /** {@code [kind][span][sentence]}: sum of the uncovered terms of the sentence's items. */
        private final double[][][] uncoveredSum;
        /**
         * Per kind, the items' terms by their distinct p0: item {@code i} of sentence x has term id
         * {@code termIds[k][itemStart[k][x] + i]}, and covering it adds {@code gainOf[k][span][id]}
         * to the uncovered sum. A table per item and span (five doubles and an array each) was the
         * largest thing a long document kept: 2.4 KB a sentence, 240 MB at 100,000 sentences.
         */
        private final int[][] itemStart;

        private final int[][] termIds;
        private final double[][][] gainOf;
        /** Per kind, compressed lists: {@code data[start[id] .. start[id+1])}. */
        private final int[][] listStart;

        private final int[][] listData;
        /** Item sentences held at once (a power of two), and chunks of the other side held for each. */
        private final int rows;

        private final int chunks;
        private final long[][] chunkKeys;
        private final long[][] chunkMasks;
        /**
         * Rolling cache of span scores: slot {@code x % (maxSide+1)}, index
         * {@code (end mod window)·(maxSide+1) + span}, and the (x, end) each entry holds. The search
         * reads an entry from the next {@code maxSide} rows of the band, so a window of ends wider
         * than a band's few rows keeps every entry it will read again; a wider row only recomputes.
         * The window keeps the cache's size independent of the document's length.
         */
        private double[][] spanWeighted;

        private double[][] spanSupport;
        private long[][] spanOwner;
        private int windowMask;

        Direction(List<Kind> kinds, boolean sourceSide, int maxSide) {
            this.maxSide = maxSide;
            int count = kinds.size();
            sides = new MatchEvidence.Side[count];
            weights = new double[count];
            uncoveredSum = new double[count][][];
            itemStart = new int[count][];
            termIds = new int[count][];
            gainOf = new double[count][][];
            listStart = new int[count][];
            listData = new int[count][];
            int other = 0;
            for (int k = 0; k < count; k++) {
                Kind kind = kinds.get(k);
                MatchEvidence.Side side =
                        sourceSide ? kind.evidence().source() : kind.evidence().target();
                sides[k] = side;
                weights[k] = kind.weight();
                other = side.present().length;
                double p1 = sourceSide ? kind.sourceP1() : kind.targetP1();
                int n = side.links().length;
                uncoveredSum[k] = new double[maxSide + 1][n];
                int[] start = new int[n + 1];
                for (int i = 0; i < n; i++) {
                    start[i + 1] = start[i] + side.p0()[i].length;
                }
                int[] ids = new int[start[n]];
                // the terms depend only on an item's p0 (and the span): the items of a document share
                // few distinct p0s (one per word and document frequency), so each is computed once
                LongIntMap known = new LongIntMap();
                int stride = 2 * (maxSide + 1);
                double[] terms = new double[stride * 64];
                for (int i = 0; i < n; i++) {
                    double[] p0s = side.p0()[i];
                    for (int item = 0; item < p0s.length; item++) {
                        // p0 is in [1e-4, 0.98]: its bits are never the map's empty key
                        int id = known.idOf(Double.doubleToLongBits(p0s[item]));
                        int at = id * stride;
                        if (id == known.size() - 1) {
                            if (at + stride > terms.length) {
                                terms = Arrays.copyOf(terms, terms.length * 2);
                            }
                            for (int b = 1; b <= maxSide; b++) {
                                double p0 = 1 - Math.pow(1 - p0s[item], b);
                                double p1b = Math.max(p1, p0);
                                double covered = Math.log(p1b / p0);
                                double uncovered = Math.log((1 - p1b) / (1 - p0));
                                terms[at + 2 * b] = uncovered;
                                terms[at + 2 * b + 1] = covered - uncovered;
                            }
                        }
                        ids[start[i] + item] = id;
                        for (int b = 1; b <= maxSide; b++) {
                            uncoveredSum[k][b][i] += terms[at + 2 * b];
                        }
                    }
                }
                double[][] gains = new double[maxSide + 1][known.size()];
                for (int id = 0; id < known.size(); id++) {
                    for (int b = 1; b <= maxSide; b++) {
                        gains[b][id] = terms[id * stride + 2 * b + 1];
                    }
                }
                itemStart[k] = start;
                termIds[k] = ids;
                gainOf[k] = gains;
                postings(k, side);
            }
            otherSize = other;
            int itemSentences = count == 0 ? 0 : sides[0].links().length;
            if (sourceSide) {
                // the search asks for sentences i-1..i-maxSide against the band's columns of row i
                rows = Integer.highestOneBit(maxSide) * 2;
                chunks = Integer.highestOneBit(Math.max(1, Math.min(32, otherSize / CHUNK + 1))) * 2;
            } else {
                // ... and for the band's columns j-1..j-maxSide against rows i-1..i-maxSide
                rows = Integer.highestOneBit(Math.max(1, Math.min(512, itemSentences))) * 2;
                chunks = 2;
            }
            chunkKeys = new long[count][rows * chunks];
            chunkMasks = new long[count][rows * chunks * CHUNK];
            for (long[] keys : chunkKeys) {
                Arrays.fill(keys, -1);
            }
        }

        /** For each id of the other side, the sentences of the other side where it is present, ascending. */
        private void postings(int k, MatchEvidence.Side side) {
            int[][] present = side.present();
            int space = 0;
            for (int[] ids : present) {
                for (int id : ids) {
                    space = Math.max(space, id + 1);
                }
            }
            int[] start = new int[space + 1];
            for (int[] ids : present) {
                for (int id : ids) {
                    start[id + 1]++;
                }
            }
            for (int id = 0; id < space; id++) {
                start[id + 1] += start[id];
            }
            int[] fill = Arrays.copyOf(start, space);
            int[] data = new int[start[space]];
            for (int y = 0; y < present.length; y++) {
                for (int id : present[y]) {
                    data[fill[id]++] = y;
                }
            }
            listStart[k] = start;
            listData[k] = data;
        }

        /**
         * Weighted ({@code out[0]}) and plain ({@code out[1]}) score of sentence x against {@code [start, start+span)}.
         */
        void spanScore(int x, int start, int span, double[] out) {
            double weighted = 0;
            double plain = 0;
            for (int k = 0; k < sides.length; k++) {
                if (itemStart[k][x] == itemStart[k][x + 1]) {
                    continue;
                }
                long mask = 0;
                for (int y = start; y < start + span; y++) {
                    mask |= mask(k, x, y);
                }
                double score = uncoveredSum[k][span][x] + covered(k, span, x, mask);
                weighted += weights[k] * score;
                plain += score;
            }
            out[0] = weighted;
            out[1] = plain;
        }

        /**
         * Weighted scores of sentence x against {@code [end-span, end)} for span 1..spans, and the
         * support cost of x ({@code support} of its plain score), computed into the rolling cache
         * when not there. Returns the cache slot: the scores are read in place, at
         * {@code end·(maxSide+1) + span} of {@link #weighted(int)} and {@link #support(int)} (a copy
         * per bead end was a good part of the search's time).
         *
         * @param plain room for spans + 1 plain scores
         */
        int cachedSpanScores(int x, int end, int spans, double[] plain, MatchScorer owner) {
            if (spanOwner == null) {
                int slots = maxSide + 1;
                int window = Math.min(Integer.highestOneBit(Math.max(1, otherSize)) * 2, MAX_WINDOW);
                windowMask = window - 1;
                spanWeighted = new double[slots][window * slots];
                spanSupport = new double[slots][window * slots];
                spanOwner = new long[slots][window];
                for (long[] row : spanOwner) {
                    Arrays.fill(row, -1);
                }
            }
            int slot = x % (maxSide + 1);
            long key = ((long) x << 32) | end;
            if (spanOwner[slot][end & windowMask] == key) {
                return slot;
            }
            int base = base(end);
            double[] weighted = spanWeighted[slot];
            double[] support = spanSupport[slot];
            Arrays.fill(weighted, base, base + spans + 1, 0);
            Arrays.fill(plain, 0, spans + 1, 0);
            for (int k = 0; k < sides.length; k++) {
                if (itemStart[k][x] == itemStart[k][x + 1]) {
                    continue;
                }
                long mask = 0;
                for (int span = 1; span <= spans; span++) {
                    mask |= mask(k, x, end - span);
                    double score = uncoveredSum[k][span][x] + covered(k, span, x, mask);
                    weighted[base + span] += weights[k] * score;
                    plain[span] += score;
                }
            }
            support[base] = 0;
            for (int span = 1; span <= spans; span++) {
                support[base + span] = owner.support(plain[span]);
            }
            spanOwner[slot][end & windowMask] = key;
            return slot;
        }

        /** Where the scores against spans ending at {@code end} start in a slot's arrays. */
        int base(int end) {
            return (end & windowMask) * (maxSide + 1);
        }

        double[] weighted(int slot) {
            return spanWeighted[slot];
        }

        double[] support(int slot) {
            return spanSupport[slot];
        }

        /** What covering the items of sentence x in {@code mask} adds, kind k, against a span. */
        private double covered(int k, int span, int x, long mask) {
            double[] gain = gainOf[k][span];
            int[] ids = termIds[k];
            int first = itemStart[k][x];
            double sum = 0;
            while (mask != 0) {
                sum += gain[ids[first + Long.numberOfTrailingZeros(mask)]];
                mask &= mask - 1;
            }
            return sum;
        }

        /** Bits of the items of sentence x covered by sentence y of the other side, kind k. */
        long mask(int k, int x, int y) {
            int chunk = y >>> LOG_CHUNK;
            int slot = (x & (rows - 1)) * chunks + (chunk & (chunks - 1));
            long key = ((long) x << 32) | chunk;
            if (chunkKeys[k][slot] != key) {
                chunkKeys[k][slot] = key;
                fillChunk(k, x, chunk << LOG_CHUNK, slot * CHUNK);
            }
            return chunkMasks[k][slot * CHUNK + (y & (CHUNK - 1))];
        }

        /** The masks of sentence x against the other side's sentences {@code [first, first + CHUNK)}. */
        private void fillChunk(int k, int x, int first, int at) {
            long[] masks = chunkMasks[k];
            Arrays.fill(masks, at, at + CHUNK, 0);
            int[] start = listStart[k];
            int[] data = listData[k];
            int space = start.length - 1;
            int[][] items = sides[k].links()[x];
            int last = first + CHUNK;
            for (int item = 0; item < items.length; item++) {
                long bit = 1L << item;
                for (int id : items[item]) {
                    if (id >= space) {
                        continue;
                    }
                    int to = start[id + 1];
                    for (int p = lowerBound(data, start[id], to, first); p < to && data[p] < last; p++) {
                        masks[at + data[p] - first] |= bit;
                    }
                }
            }
        }

        /** First index in {@code [from, to)} whose value is at least {@code value} (the range is ascending). */
        private static int lowerBound(int[] data, int from, int to, int value) {
            int lo = from;
            int hi = to;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (data[mid] < value) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
