package org.songngu.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class IbmModel1Test {

    /** la maison / the house, la fleur / the flower, maison bleue / blue house. */
    private static final List<int[]> SOURCES = List.of(new int[] {0, 1}, new int[] {0, 2}, new int[] {1, 3});

    private static final List<int[]> TARGETS = List.of(new int[] {0, 1}, new int[] {0, 2}, new int[] {3, 1});

    @Test
    void bothDirectionsMatchTheReferenceImplementationOnATinyCorpus() {
        IbmModel1 model = IbmModel1.train(SOURCES, TARGETS, 4, 4, 5);
        assertThat(model.pairs()).isEqualTo(10);
        assertMatches(model, ReferenceIbmModel1.train(SOURCES, TARGETS, null, 5));
        // one pinned value, so that a change of the model itself (not only of its speed) is noticed:
        // "la" learns "the" from two sentence pairs out of three
        model.forEach((s, t, f, b) -> {
            if (s == 0 && t == 0) {
                assertThat(f).isCloseTo(0.864715774048, within(1e-9));
            }
        });
    }

    @Test
    void bothDirectionsMatchTheReferenceImplementationOnWeightedRandomText() {
        Random random = new Random(11);
        List<int[]> sources = new ArrayList<>();
        List<int[]> targets = new ArrayList<>();
        double[] weights = new double[120];
        for (int p = 0; p < weights.length; p++) {
            // word ids drawn unevenly, as in text: a few frequent words and a long tail
            sources.add(random.ints(1 + random.nextInt(12), 0, 80)
                    .map(id -> id * id / 80)
                    .toArray());
            targets.add(random.ints(1 + random.nextInt(12), 0, 70)
                    .map(id -> id * id / 70)
                    .toArray());
            weights[p] = 1 + random.nextInt(3);
        }
        IbmModel1 model = IbmModel1.train(sources, targets, weights, 80, 70, 6);
        assertMatches(model, ReferenceIbmModel1.train(sources, targets, weights, 6));
    }

    private static void assertMatches(IbmModel1 model, ReferenceIbmModel1 reference) {
        assertThat(model.pairs()).isEqualTo(reference.forward.size());
        model.forEach((s, t, f, b) -> {
            String key = ReferenceIbmModel1.key(s, t);
            assertThat(f).as("p(%d|%d)", t, s).isCloseTo(reference.forward.get(key), within(1e-9));
            assertThat(b).as("p(%d|%d) backward", s, t).isCloseTo(reference.backward.get(key), within(1e-9));
        });
    }

    @Test
    void aPairOfWeightTwoCountsAsTheSamePairTwice() {
        List<int[]> twiceSources = new ArrayList<>(SOURCES);
        List<int[]> twiceTargets = new ArrayList<>(TARGETS);
        twiceSources.add(SOURCES.get(2));
        twiceTargets.add(TARGETS.get(2));
        IbmModel1 twice = IbmModel1.train(twiceSources, twiceTargets, 4, 4, 5);
        IbmModel1 weighted = IbmModel1.train(SOURCES, TARGETS, new double[] {1, 1, 2}, 4, 4, 5);
        List<double[]> expected = new ArrayList<>();
        twice.forEach((s, t, f, b) -> expected.add(new double[] {s, t, f, b}));
        List<double[]> found = new ArrayList<>();
        weighted.forEach((s, t, f, b) -> found.add(new double[] {s, t, f, b}));
        assertThat(found).hasSameSizeAs(expected);
        for (int i = 0; i < found.size(); i++) {
            assertThat(found.get(i)).containsExactly(expected.get(i), within(1e-12));
        }
    }

    @Test
    void theSameOnOneThreadManyAtOnceOrInASingleThreadPool() throws Exception {
        Random random = new Random(5);
        List<int[]> sources = new ArrayList<>();
        List<int[]> targets = new ArrayList<>();
        for (int p = 0; p < 400; p++) {
            sources.add(random.ints(random.nextInt(15), 0, 300).toArray());
            targets.add(random.ints(random.nextInt(15), 0, 250).toArray());
        }
        double[] expected = flatten(IbmModel1.train(sources, targets, 300, 250, 5));
        ExecutorService callers = Executors.newFixedThreadPool(4);
        ForkJoinPool single = new ForkJoinPool(1);
        try {
            List<Future<IbmModel1>> results = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                results.add(callers.submit(() -> IbmModel1.train(sources, targets, 300, 250, 5)));
            }
            results.add(single.submit(() -> IbmModel1.train(sources, targets, 300, 250, 5)));
            for (Future<IbmModel1> result : results) {
                assertThat(flatten(result.get())).isEqualTo(expected);
            }
        } finally {
            callers.shutdown();
            single.shutdown();
        }
    }

    /** Every pair's (source, target, p(t|s), p(s|t)), one flat array: compared exactly, and fast. */
    private static double[] flatten(IbmModel1 model) {
        List<double[]> pairs = new ArrayList<>();
        model.forEach((s, t, f, b) -> pairs.add(new double[] {s, t, f, b}));
        return pairs.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
    }
}
