package org.songngu.align;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinTask;

/**
 * IBM Model 1 (Brown et al. 1993) trained by expectation–maximisation in both directions:
 * {@code p(t | s)}, the probability that source word {@code s} (or the empty word) translates as
 * target word {@code t}, and {@code p(s | t)} the other way, from sentence pairs given as word ids.
 * Only co-occurring pairs get parameters, so memory grows with the training text, not with the
 * square of the vocabulary. Both directions share one index of word pairs and one table of the
 * pair ids of every sentence pair (flat primitive arrays, no boxing); the two directions are
 * independent from there and train at the same time, one on the calling thread and one forked to
 * a fork-join pool (the caller's when it is a fork-join worker, else the common pool), each with its own table of
 * (probability, count) records, summing in the same order as one thread
 * would, so the result does not depend on the threads. Memory: 4 bytes per word-pair occurrence in
 * the training text, plus 48 bytes per distinct pair. Immutable once trained.
 */
final class IbmModel1 {

    /** Receives one word pair with both translation probabilities. */
    @FunctionalInterface
    interface PairConsumer {
        void accept(int source, int target, double forward, double backward);
    }

    private final long[] keys;
    /** Per pair id: p(t|s) at {@code 2·id} (then its last count). */
    private final double[] forward;
    /** Per pair id: p(s|t) at {@code 2·id} (then its last count). */
    private final double[] backward;

    private IbmModel1(long[] keys, double[] forward, double[] backward) {
        this.keys = keys;
        this.forward = forward;
        this.backward = backward;
    }

    /**
     * @param sourceVocabulary source word ids are in {@code [0, sourceVocabulary)}
     * @param targetVocabulary target word ids are in {@code [0, targetVocabulary)}
     */
    static IbmModel1 train(
            List<int[]> sources, List<int[]> targets, int sourceVocabulary, int targetVocabulary, int iterations) {
        return train(sources, targets, null, sourceVocabulary, targetVocabulary, iterations);
    }

    /**
     * @param weights per sentence pair, how much its expected counts weigh (a reviewed pair more than
     *                a guessed one); null for 1 each
     */
    static IbmModel1 train(
            List<int[]> sources,
            List<int[]> targets,
            double[] weights,
            int sourceVocabulary,
            int targetVocabulary,
            int iterations) {
        if (weights != null && weights.length != sources.size()) {
            throw new IllegalArgumentException(weights.length + " weights for " + sources.size() + " sentence pairs");
        }
        if (sources.size() != targets.size()) {
            throw new IllegalArgumentException(sources.size() + " source sentences but " + targets.size() + " targets");
        }
        // cells[p][y * |source| + x]: the pair id of (source[x], target[y]); shared by both directions
        long occurrences = 0;
        for (int p = 0; p < sources.size(); p++) {
            occurrences += (long) sources.get(p).length * targets.get(p).length;
        }
        // Sized for the distinct pairs at once (on the development sets 35-70% of the occurrences): growing
        // by doubling rehashed as many pairs as the text has (transread dev: 3 doublings, 458,000 pairs
        // moved for 386,000 kept). Capped, so that a long repetitive text does not start with a table
        // many times larger than it needs: past the cap it grows as before.
        LongIntMap index = new LongIntMap((int) Math.min(1 << 19, occurrences / 2));
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
        // the two directions share nothing but the read-only cells: the backward one is forked (a
        // join from outside a pool runs it itself when no worker took it), every sum in the same
        // order as on one thread
        ForkJoinTask<double[]> backward = ForkJoinTask.adapt(() -> backward(
                        sources, cells, weights, targetOf, sourceVocabulary, targetVocabulary, iterations, pairs))
                .fork();
        double[] forward =
                forward(targets, cells, weights, sourceOf, sourceVocabulary, targetVocabulary, iterations, pairs);
        return new IbmModel1(keys, forward, backward.join());
    }

    /**
     * p(t|s) by EM: one record of two doubles per pair, the probability and its expected count side
     * by side so that a cell of the E step touches one cache line, not two.
     *
     * @return p(t|s) at {@code 2·id}
     */
    private static double[] forward(
            List<int[]> targets,
            int[][] cells,
            double[] weights,
            int[] sourceOf,
            int sourceVocabulary,
            int targetVocabulary,
            int iterations,
            int pairs) {
        double[] table = initialTable(pairs);
        // the empty source word: one parameter per target word
        double[] nullProbability = new double[targetVocabulary];
        Arrays.fill(nullProbability, 1);
        double[] nullCounts = new double[targetVocabulary];
        double[] totals = new double[sourceVocabulary];
        for (int iteration = 0; iteration < iterations; iteration++) {
            clearCounts(table);
            Arrays.fill(nullCounts, 0);
            for (int p = 0; p < cells.length; p++) {
                int[] target = targets.get(p);
                int[] row = cells[p];
                double weight = weights == null ? 1 : weights[p];
                int width = target.length == 0 ? 0 : row.length / target.length;
                for (int y = 0, start = 0; y < target.length; y++, start += width) {
                    int t = target[y];
                    double sum = nullProbability[t];
                    for (int c = start; c < start + width; c++) {
                        sum += table[2 * row[c]];
                    }
                    nullCounts[t] += weight * nullProbability[t] / sum;
                    double inverse = weight / sum;
                    for (int c = start; c < start + width; c++) {
                        int at = 2 * row[c];
                        table[at + 1] += table[at] * inverse;
                    }
                }
            }
            maximise(table, sourceOf, totals);
            normalise(nullProbability, nullCounts);
        }
        return table;
    }

    /** p(s|t) by EM, as {@link #forward} the other way round: p(s|t) at {@code 2·id}. */
    private static double[] backward(
            List<int[]> sources,
            int[][] cells,
            double[] weights,
            int[] targetOf,
            int sourceVocabulary,
            int targetVocabulary,
            int iterations,
            int pairs) {
        double[] table = initialTable(pairs);
        // the empty target word: one parameter per source word
        double[] nullProbability = new double[sourceVocabulary];
        Arrays.fill(nullProbability, 1);
        double[] nullCounts = new double[sourceVocabulary];
        double[] totals = new double[targetVocabulary];
        double[] columnSums = new double[0];
        for (int iteration = 0; iteration < iterations; iteration++) {
            clearCounts(table);
            Arrays.fill(nullCounts, 0);
            for (int p = 0; p < cells.length; p++) {
                int[] source = sources.get(p);
                int[] row = cells[p];
                double weight = weights == null ? 1 : weights[p];
                int width = source.length;
                if (columnSums.length < width) {
                    columnSums = new double[width];
                }
                // normalisers: p(s|empty) plus p(s|t) over the target words, per source word; then
                // turned into weight / normaliser so that the counts below take the pair's weight
                for (int x = 0; x < width; x++) {
                    columnSums[x] = nullProbability[source[x]];
                }
                for (int c = 0; c < row.length; c += width) {
                    for (int x = 0; x < width; x++) {
                        columnSums[x] += table[2 * row[c + x]];
                    }
                }
                if (weight != 1) {
                    for (int x = 0; x < width; x++) {
                        columnSums[x] /= weight;
                    }
                }
                for (int c = 0; c < row.length; c += width) {
                    for (int x = 0; x < width; x++) {
                        int at = 2 * row[c + x];
                        table[at + 1] += table[at] / columnSums[x];
                    }
                }
                for (int x = 0; x < width; x++) {
                    nullCounts[source[x]] += nullProbability[source[x]] / columnSums[x];
                }
            }
            maximise(table, targetOf, totals);
            normalise(nullProbability, nullCounts);
        }
        return table;
    }

    private static double[] initialTable(int pairs) {
        double[] table = new double[2 * pairs];
        for (int id = 0; id < pairs; id++) {
            table[2 * id] = 1;
        }
        return table;
    }

    private static void clearCounts(double[] table) {
        for (int at = 1; at < table.length; at += 2) {
            table[at] = 0;
        }
    }

    /** M step: each probability is its count over the total count of its conditioning word. */
    private static void maximise(double[] table, int[] conditioningOf, double[] totals) {
        Arrays.fill(totals, 0);
        for (int id = 0; id < conditioningOf.length; id++) {
            totals[conditioningOf[id]] += table[2 * id + 1];
        }
        for (int id = 0; id < conditioningOf.length; id++) {
            table[2 * id] = table[2 * id + 1] / totals[conditioningOf[id]];
        }
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
            consumer.accept((int) (keys[id] >>> 32), (int) keys[id], forward[2 * id], backward[2 * id]);
        }
    }

    private static long key(int s, int t) {
        return ((long) s << 32) | (t & 0xffffffffL);
    }
}
