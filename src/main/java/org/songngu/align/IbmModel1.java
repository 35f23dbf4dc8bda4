package org.songngu.align;

import java.util.List;

/**
 * IBM Model 1 (Brown et al. 1993) trained by expectation–maximisation: {@code p(t | s)}, the
 * probability that source word {@code s} (or the empty word) translates as target word {@code t},
 * from sentence pairs given as word ids. Only co-occurring pairs get a parameter, so memory grows
 * with the training text, not with the square of the vocabulary.
 */
final class IbmModel1 {

    private final LongIntMap index = new LongIntMap();
    private long[] keys;
    private double[] probability;
    private final int nullWord;

    /** @param sourceVocabulary number of source word ids; id {@code sourceVocabulary} is the empty word */
    private IbmModel1(int sourceVocabulary) {
        this.nullWord = sourceVocabulary;
    }

    static IbmModel1 train(List<int[]> sources, List<int[]> targets, int sourceVocabulary, int iterations) {
        IbmModel1 model = new IbmModel1(sourceVocabulary);
        int[][] cells = new int[sources.size()][];
        for (int p = 0; p < sources.size(); p++) {
            int[] source = sources.get(p);
            int[] target = targets.get(p);
            cells[p] = new int[(source.length + 1) * target.length];
            int c = 0;
            for (int t : target) {
                for (int s = 0; s <= source.length; s++) {
                    int word = s < source.length ? source[s] : model.nullWord;
                    cells[p][c++] = model.index.idOf(key(word, t));
                }
            }
        }
        double[] probability = new double[model.index.size()];
        java.util.Arrays.fill(probability, 1.0);
        model.keys = model.index.keysById();
        int[] sourceOf = new int[probability.length];
        for (int id = 0; id < sourceOf.length; id++) {
            sourceOf[id] = (int) (model.keys[id] >>> 32);
        }
        double[] counts = new double[probability.length];
        double[] totals = new double[sourceVocabulary + 1];
        for (int iteration = 0; iteration < iterations; iteration++) {
            java.util.Arrays.fill(counts, 0);
            java.util.Arrays.fill(totals, 0);
            for (int p = 0; p < cells.length; p++) {
                int width = sources.get(p).length + 1;
                for (int c = 0; c < cells[p].length; c += width) {
                    double sum = 0;
                    for (int s = 0; s < width; s++) {
                        sum += probability[cells[p][c + s]];
                    }
                    for (int s = 0; s < width; s++) {
                        int id = cells[p][c + s];
                        double share = probability[id] / sum;
                        counts[id] += share;
                        totals[sourceOf[id]] += share;
                    }
                }
            }
            for (int id = 0; id < probability.length; id++) {
                probability[id] = counts[id] / totals[sourceOf[id]];
            }
        }
        model.probability = probability;
        return model;
    }

    /** {@code p(t | s)}, 0 for pairs that never co-occurred. */
    double probability(int s, int t) {
        int id = index.get(key(s, t));
        return id < 0 ? 0 : probability[id];
    }

    /** Calls {@code consumer} with every (s, t, p(t|s)) of a real source word. */
    void forEach(TranslationConsumer consumer) {
        for (int id = 0; id < keys.length; id++) {
            int s = (int) (keys[id] >>> 32);
            if (s != nullWord) {
                consumer.accept(s, (int) keys[id], probability[id]);
            }
        }
    }

    /** Receives one translation probability. */
    @FunctionalInterface
    interface TranslationConsumer {
        void accept(int source, int target, double probability);
    }

    private static long key(int s, int t) {
        return ((long) s << 32) | (t & 0xffffffffL);
    }
}
