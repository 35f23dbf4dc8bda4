package org.songngu.align;

import java.util.Arrays;
import java.util.List;

/**
 * IBM Model 1 (Brown et al. 1993) trained by expectation–maximisation in both directions at once:
 * {@code p(t | s)}, the probability that source word {@code s} (or the empty word) translates as
 * target word {@code t}, and {@code p(s | t)} the other way, from sentence pairs given as word ids.
 * Only co-occurring pairs get parameters, so memory grows with the training text, not with the
 * square of the vocabulary. Both directions share one index of word pairs and one table of the
 * pair ids of every sentence pair (flat primitive arrays, no boxing); each EM iteration reads that
 * table once for both directions. Memory: 4 bytes per word-pair occurrence in the training text,
 * plus 48 bytes per distinct pair. Immutable once trained; not shared between threads while training.
 */
final class IbmModel1 {

    /** Receives one word pair with both translation probabilities. */
    @FunctionalInterface
    interface PairConsumer {
        void accept(int source, int target, double forward, double backward);
    }

    private final long[] keys;
    /** Per pair id: p(t|s) at {@code 4·id}, p(s|t) at {@code 4·id + 1} (then the last counts). */
    private final double[] table;

    private IbmModel1(long[] keys, double[] table) {
        this.keys = keys;
        this.table = table;
    }

    /**
     * @param sourceVocabulary source word ids are in {@code [0, sourceVocabulary)}
     * @param targetVocabulary target word ids are in {@code [0, targetVocabulary)}
     */
    static IbmModel1 train(List<int[]> sources, List<int[]> targets, int sourceVocabulary,
                           int targetVocabulary, int iterations) {
        if (sources.size() != targets.size()) {
            throw new IllegalArgumentException(sources.size() + " source sentences but " + targets.size() + " targets");
        }
        // cells[p][y * |source| + x]: the pair id of (source[x], target[y]); shared by both directions
        long occurrences = 0;
        for (int p = 0; p < sources.size(); p++) {
            occurrences += (long) sources.get(p).length * targets.get(p).length;
        }
        LongIntMap index = new LongIntMap((int) Math.min(1 << 16, occurrences / 8));
        int[][] cells = new int[sources.size()][];
        for (int p = 0; p < cells.length; p++) {
            int[] source = sources.get(p);
            int[] target = targets.get(p);
            int[] row = new int[source.length * target.length];
            int c = 0;
            for (int t : target) {
                for (int s : source) {
                    row[c++] = index.idOf(key(s, t));
                }
            }
            cells[p] = row;
        }
        long[] keys = index.keysById();
        index = null; // not needed once the cells hold the ids: its slots may go before EM allocates
        int pairs = keys.length;
        int[] sourceOf = new int[pairs];
        int[] targetOf = new int[pairs];
        for (int id = 0; id < pairs; id++) {
            sourceOf[id] = (int) (keys[id] >>> 32);
            targetOf[id] = (int) keys[id];
        }
        // one record of four doubles per pair: p(t|s), p(s|t) and their expected counts, side by
        // side so that a cell of the E step touches one cache line, not four
        double[] table = new double[4 * pairs];
        for (int id = 0; id < pairs; id++) {
            table[4 * id] = 1;
            table[4 * id + 1] = 1;
        }
        // the empty word of each side: one parameter per word of the other side
        double[] forwardNull = new double[targetVocabulary];
        double[] backwardNull = new double[sourceVocabulary];
        Arrays.fill(forwardNull, 1);
        Arrays.fill(backwardNull, 1);
        double[] forwardNullCounts = new double[targetVocabulary];
        double[] backwardNullCounts = new double[sourceVocabulary];
        double[] sourceTotals = new double[sourceVocabulary];
        double[] targetTotals = new double[targetVocabulary];
        double[] columnSums = new double[0];
        for (int iteration = 0; iteration < iterations; iteration++) {
            for (int id = 0; id < pairs; id++) {
                table[4 * id + 2] = 0;
                table[4 * id + 3] = 0;
            }
            Arrays.fill(forwardNullCounts, 0);
            Arrays.fill(backwardNullCounts, 0);
            for (int p = 0; p < cells.length; p++) {
                int[] source = sources.get(p);
                int[] target = targets.get(p);
                int[] row = cells[p];
                int width = source.length;
                if (columnSums.length < width) {
                    columnSums = new double[width];
                }
                // backward normalisers: p(s|empty) plus p(s|t) over the target words, per source word
                for (int x = 0; x < width; x++) {
                    columnSums[x] = backwardNull[source[x]];
                }
                for (int y = 0, c = 0; y < target.length; y++) {
                    for (int x = 0; x < width; x++, c++) {
                        columnSums[x] += table[4 * row[c] + 1];
                    }
                }
                for (int y = 0, start = 0; y < target.length; y++, start += width) {
                    int t = target[y];
                    double sum = forwardNull[t];
                    for (int c = start; c < start + width; c++) {
                        sum += table[4 * row[c]];
                    }
                    forwardNullCounts[t] += forwardNull[t] / sum;
                    double inverse = 1 / sum;
                    for (int x = 0, c = start; x < width; x++, c++) {
                        int at = 4 * row[c];
                        table[at + 2] += table[at] * inverse;
                        table[at + 3] += table[at + 1] / columnSums[x];
                    }
                }
                for (int x = 0; x < width; x++) {
                    backwardNullCounts[source[x]] += backwardNull[source[x]] / columnSums[x];
                }
            }
            // M step: normalise per conditioning word (totals summed here, not in the E step)
            Arrays.fill(sourceTotals, 0);
            Arrays.fill(targetTotals, 0);
            for (int id = 0; id < pairs; id++) {
                sourceTotals[sourceOf[id]] += table[4 * id + 2];
                targetTotals[targetOf[id]] += table[4 * id + 3];
            }
            for (int id = 0; id < pairs; id++) {
                table[4 * id] = table[4 * id + 2] / sourceTotals[sourceOf[id]];
                table[4 * id + 1] = table[4 * id + 3] / targetTotals[targetOf[id]];
            }
            normalise(forwardNull, forwardNullCounts);
            normalise(backwardNull, backwardNullCounts);
        }
        return new IbmModel1(keys, table);
    }

    private static void normalise(double[] probability, double[] counts) {
        double total = 0;
        for (double count : counts) {
            total += count;
        }
        for (int k = 0; k < counts.length; k++) {
            probability[k] = total > 0 ? counts[k] / total : 0;
        }
    }

    /** Number of co-occurring word pairs. */
    int pairs() {
        return keys.length;
    }

    /** Calls {@code consumer} with every co-occurring (s, t, p(t|s), p(s|t)). */
    void forEach(PairConsumer consumer) {
        for (int id = 0; id < keys.length; id++) {
            consumer.accept((int) (keys[id] >>> 32), (int) keys[id], table[4 * id], table[4 * id + 1]);
        }
    }

    private static long key(int s, int t) {
        return ((long) s << 32) | (t & 0xffffffffL);
    }
}
