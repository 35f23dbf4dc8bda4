package org.songngu.align;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * IBM Model 1 written the textbook way, with maps and no concern for speed, as the yardstick for
 * {@link IbmModel1}: the same model (an empty word on each side, every co-occurring pair starting
 * at 1, weighted expected counts), so that both must agree to rounding on any input.
 */
final class ReferenceIbmModel1 {

    /** p(t | s) for a co-occurring pair, by key {@code "s t"}. */
    final Map<String, Double> forward;
    /** p(s | t) for a co-occurring pair, by key {@code "s t"} (the same key as {@link #forward}). */
    final Map<String, Double> backward;

    private ReferenceIbmModel1(Map<String, Double> forward, Map<String, Double> backward) {
        this.forward = forward;
        this.backward = backward;
    }

    static ReferenceIbmModel1 train(List<int[]> sources, List<int[]> targets, double[] weights, int iterations) {
        Map<String, Double> forward = oneDirection(sources, targets, weights, iterations, false);
        Map<String, Double> backward = oneDirection(targets, sources, weights, iterations, true);
        return new ReferenceIbmModel1(forward, backward);
    }

    static String key(int source, int target) {
        return source + " " + target;
    }

    /**
     * p(e | f) for words f of {@code given} and e of {@code produced}, keyed by the pair in source–target
     * order ({@code swapped} when {@code given} is the target side).
     */
    private static Map<String, Double> oneDirection(
            List<int[]> given, List<int[]> produced, double[] weights, int iterations, boolean swapped) {
        Map<String, Double> probability = new HashMap<>();
        Map<Integer, Double> emptyWord = new HashMap<>();
        for (int p = 0; p < given.size(); p++) {
            for (int e : produced.get(p)) {
                emptyWord.put(e, 1.0);
                for (int f : given.get(p)) {
                    probability.put(pairKey(f, e, swapped), 1.0);
                }
            }
        }
        for (int iteration = 0; iteration < iterations; iteration++) {
            Map<String, Double> counts = new HashMap<>();
            Map<Integer, Double> emptyCounts = new HashMap<>();
            for (int p = 0; p < given.size(); p++) {
                double weight = weights == null ? 1 : weights[p];
                for (int e : produced.get(p)) {
                    double total = emptyWord.get(e);
                    for (int f : given.get(p)) {
                        total += probability.get(pairKey(f, e, swapped));
                    }
                    emptyCounts.merge(e, weight * emptyWord.get(e) / total, Double::sum);
                    for (int f : given.get(p)) {
                        String key = pairKey(f, e, swapped);
                        counts.merge(key, weight * probability.get(key) / total, Double::sum);
                    }
                }
            }
            Map<Integer, Double> perGiven = new HashMap<>();
            counts.forEach((key, count) -> perGiven.merge(givenOf(key, swapped), count, Double::sum));
            counts.forEach((key, count) -> probability.put(key, count / perGiven.get(givenOf(key, swapped))));
            double emptyTotal = emptyCounts.values().stream()
                    .mapToDouble(Double::doubleValue)
                    .sum();
            emptyWord.replaceAll((e, old) -> emptyCounts.getOrDefault(e, 0.0) / emptyTotal);
        }
        return probability;
    }

    private static String pairKey(int given, int produced, boolean swapped) {
        return swapped ? key(produced, given) : key(given, produced);
    }

    private static int givenOf(String key, boolean swapped) {
        String[] parts = key.split(" ");
        return Integer.parseInt(parts[swapped ? 1 : 0]);
    }
}
