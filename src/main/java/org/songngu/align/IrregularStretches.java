package org.songngu.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a path says the translation departs from the text: runs of {@linkplain Aligner#irregular
 * irregular} beads (sentences without counterpart, beads of five sentences and more).
 */
final class IrregularStretches {

    /**
     * Irregular beads in a row from which a pass is taken to have lost its way: a first pass
     * without the lexicon that meets a block of untranslated sentences (captions, notes) tends to
     * pair its neighbours with them in large beads, a stretch of three irregular beads or more; the
     * true path may then lie far from it (34 sentences on the development sets), out of reach of a
     * band of ±5 around it.
     */
    static final int LOST = 3;

    private IrregularStretches() {}

    /** The source rows {@code [first, last]} spanned by each run of at least {@code minimum} irregular beads. */
    static List<int[]> rows(List<BandedSearch.Step> path, int minimum) {
        List<int[]> rows = new ArrayList<>();
        int k = 0;
        while (k < path.size()) {
            int run = 0;
            while (k + run < path.size()
                    && Aligner.irregular(
                            path.get(k + run).a(), path.get(k + run).b())) {
                run++;
            }
            if (run >= minimum) {
                BandedSearch.Step last = path.get(k + run - 1);
                rows.add(new int[] {path.get(k).s(), last.s() + last.a()});
            }
            k += Math.max(1, run);
        }
        return rows;
    }

    /**
     * The irregular beads of a path, a run of consecutive sentences without counterpart on the
     * same side counting once: a block of untranslated captions is one departure from the text,
     * not one per line.
     */
    static int places(List<BandedSearch.Step> path) {
        int count = 0;
        int previousSide = 0;
        for (BandedSearch.Step step : path) {
            int side = step.b() == 0 ? 1 : step.a() == 0 ? 2 : 0;
            if (Aligner.irregular(step.a(), step.b()) && (side == 0 || side != previousSide)) {
                count++;
            }
            previousSide = side;
        }
        return count;
    }
}
