package org.songngu.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IrregularStretchesTest {

    /** A path of beads given as (source count, target count), laid out from (0, 0). */
    private static List<BandedSearch.Step> path(int... shapes) {
        List<BandedSearch.Step> steps = new ArrayList<>();
        int s = 0;
        int t = 0;
        for (int k = 0; k < shapes.length; k += 2) {
            steps.add(new BandedSearch.Step(s, shapes[k], t, shapes[k + 1], 1.0));
            s += shapes[k];
            t += shapes[k + 1];
        }
        return steps;
    }

    @Test
    void aRunOfDeletionsOnOneSideIsOnePlace() {
        // 1-1, four 0-1, 1-1, 1-0, 0-1, 1-4, 1-1
        List<BandedSearch.Step> steps = path(1, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1, 1, 0, 0, 1, 1, 4, 1, 1);
        // the four 0-1 once, the 1-0, the 0-1 after it (other side), the 1-4 (five sentences)
        assertThat(IrregularStretches.places(steps)).isEqualTo(4);
        assertThat(IrregularStretches.places(path(1, 1, 2, 1, 1, 2))).isZero();
        assertThat(IrregularStretches.places(path(1, 5, 1, 5)))
                .as("large beads each count")
                .isEqualTo(2);
    }

    @Test
    void rowsAreTheSourceSpanOfRunsOfAtLeastTheMinimum() {
        // rows 0-1: 1-1; then 0-1, 1-5, 0-1 from source row 1 to 2; then 1-1, 1-0 (a run of one)
        List<BandedSearch.Step> steps = path(1, 1, 0, 1, 1, 5, 0, 1, 1, 1, 1, 0);
        assertThat(IrregularStretches.rows(steps, 3)).containsExactly(new int[] {1, 2});
        assertThat(IrregularStretches.rows(steps, 1)).containsExactly(new int[] {1, 2}, new int[] {3, 4});
        assertThat(IrregularStretches.rows(steps, 4)).isEmpty();
        assertThat(IrregularStretches.rows(List.of(), 1)).isEmpty();
    }

    @Test
    void aBandWidenedAroundRowsHoldsTheOldOneAndStaysMonotone() {
        Band band = Band.diagonal(40, 50, 3);
        Band wide = band.widened(List.of(new int[] {10, 12}), 20);
        for (int i = 0; i <= 40; i++) {
            assertThat(wide.lo()[i]).isLessThanOrEqualTo(band.lo()[i]);
            assertThat(wide.hi()[i]).isGreaterThanOrEqualTo(band.hi()[i]);
            if (i > 0) {
                assertThat(wide.lo()[i]).isGreaterThanOrEqualTo(wide.lo()[i - 1]);
                assertThat(wide.hi()[i]).isGreaterThanOrEqualTo(wide.hi()[i - 1]);
            }
        }
        assertThat(wide.lo()[11]).isEqualTo(Math.max(0, band.lo()[11] - 20));
        assertThat(wide.hi()[11]).isEqualTo(Math.min(50, band.hi()[11] + 20));
        assertThat(wide.lo()[30]).isEqualTo(band.lo()[30]);
        assertThat(band.widened(List.of(), 20).cells()).isEqualTo(band.cells());
    }

    @Test
    void theDeletionsPriorFollowsTheSideThatDropsSentences() {
        // one 1-0 and five 0-1 beads, as if one of each had been seen before: 2 of 8
        List<BandedSearch.Step> steps = path(1, 1, 1, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 2, 1);
        assertThat(CorpusModel.learnedDeletionShare(List.of(steps))).isEqualTo(0.25);
        assertThat(CorpusModel.learnedDeletionShare(List.of(path(1, 1)))).isEqualTo(0.5);
    }
}
