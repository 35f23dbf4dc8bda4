package org.songngu.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LengthPathTest {

    private static final double[][] SHAPE_COSTS = {
        {Double.POSITIVE_INFINITY, -Math.log(0.001), -Math.log(0.0001)},
        {-Math.log(0.001), -Math.log(0.8), -Math.log(0.06)},
        {-Math.log(0.0001), -Math.log(0.06), -Math.log(0.02)}
    };

    @Test
    void followsAPassageOnlyInTheTranslationFarPastTheFirstBand() {
        int[] source = lengths(5_000, 1);
        // the translation runs 10% longer and holds 300 sentences of its own after source sentence 2,000
        int[] target = new int[5_300];
        int[] inserted = lengths(300, 2);
        for (int i = 0; i < 5_000; i++) {
            target[i < 2_000 ? i : i + 300] = (int) Math.round(source[i] * 1.1);
        }
        System.arraycopy(inserted, 0, target, 2_000, 300);

        List<int[]> path = LengthPath.find(source, target, SHAPE_COSTS, 6.8, 16, 64_000_000);

        assertThat(path.get(path.size() - 1)).containsExactly(5_000, 5_300);
        assertMonotone(path);
        // a guess of where the path runs: right away from the passage, and within a few sentences of
        // the true path everywhere but where the passage is (lengths alone take a long run of
        // unmatched sentences for a run of shifted 1-1 beads; the full scorer's band around this path
        // widens there: AlignerTest)
        for (int[] cell : path) {
            int off = cell[1] - (cell[0] <= 2_000 ? cell[0] : cell[0] + 300);
            if (cell[0] < 1_500 || cell[0] > 2_500) {
                assertThat(Math.abs(off)).as(Arrays.toString(cell)).isLessThanOrEqualTo(3);
            }
        }
        long right = path.stream()
                .filter(cell -> cell[1] == (cell[0] <= 2_000 ? cell[0] : cell[0] + 300))
                .count();
        assertThat(right).isGreaterThan(4_500);
        assertThat(path).anySatisfy(cell -> assertThat(cell).containsExactly(4_000, 4_300));
    }

    @Test
    void aBandPastItsBudgetKeepsThePathOfTheLastOneItCouldAfford() {
        int[] source = lengths(1_500, 3);
        int[] target = new int[1_800];
        System.arraycopy(source, 0, target, 0, 500);
        System.arraycopy(lengths(300, 4), 0, target, 500, 300);
        System.arraycopy(source, 500, target, 800, 1_000);

        // room for ±16 and ±32, not for the ±300 the passage needs
        List<int[]> path = LengthPath.find(source, target, SHAPE_COSTS, 6.8, 16, 1_501L * 100);

        assertThat(path.get(path.size() - 1)).containsExactly(1_500, 1_800);
        assertMonotone(path);
        assertThat(path)
                .allSatisfy(cell -> assertThat(Math.abs(cell[1] - cell[0] * 1_800.0 / 1_500))
                        .isLessThanOrEqualTo(33));
    }

    @Test
    void pastTheBudgetOfTheDiagonalBandThePathIsFoundAmongBlocksOfSentences() {
        // a passage of 1,000 sentences only in the translation, in the middle: the path runs 500
        // sentences off the diagonal on either side of it, and the cells given afford a diagonal
        // band of ±299
        int[] source = lengths(6_000, 9);
        int[] target = new int[7_000];
        for (int i = 0; i < 6_000; i++) {
            target[i < 3_000 ? i : i + 1_000] = source[i];
        }
        System.arraycopy(lengths(1_000, 10), 0, target, 3_000, 1_000);

        List<int[]> path = LengthPath.find(source, target, SHAPE_COSTS, 6.8, 64, 6_001L * 599);

        assertMonotone(path);
        assertThat(path.get(path.size() - 1)).containsExactly(6_000, 7_000);
        // on the true path away from the passage (lengths alone smear a passage of 1,000 sentences
        // over the 2,000 sentences after it), and outside the band the budget affords around the
        // diagonal: the path was found among blocks
        for (int[] cell : path) {
            if (cell[0] < 2_000 || cell[0] > 5_500) {
                int truth = cell[0] <= 3_000 ? cell[0] : cell[0] + 1_000;
                assertThat(Math.abs(cell[1] - truth)).as(Arrays.toString(cell)).isLessThanOrEqualTo(2);
            }
        }
        assertThat(path)
                .anySatisfy(cell -> assertThat(Math.abs(cell[1] - cell[0] * 7_000.0 / 6_000))
                        .isGreaterThan(400));
    }

    @Test
    void anEmptySideIsOneStepToTheEnd() {
        assertThat(LengthPath.find(new int[0], lengths(5, 5), SHAPE_COSTS, 6.8, 16, 1_000))
                .containsExactly(new int[] {0, 5});
        assertThat(LengthPath.find(lengths(3, 6), new int[0], SHAPE_COSTS, 6.8, 16, 1_000))
                .containsExactly(new int[] {3, 0});
    }

    private static void assertMonotone(List<int[]> path) {
        int[] previous = {0, 0};
        for (int[] cell : path) {
            assertThat(cell[0] - previous[0]).isBetween(0, 2);
            assertThat(cell[1] - previous[1]).isBetween(0, 2);
            assertThat(cell[0] + cell[1]).as(Arrays.toString(cell)).isGreaterThan(previous[0] + previous[1]);
            previous = cell;
        }
    }

    /** Sentence lengths in characters as prose has them: 20 to 250, most around 90. */
    private static int[] lengths(int count, long seed) {
        Random random = new Random(seed);
        int[] lengths = new int[count];
        for (int k = 0; k < count; k++) {
            lengths[k] = (int) Math.max(20, Math.min(250, 90 + 45 * random.nextGaussian()));
        }
        return lengths;
    }
}
