package org.songngu.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict and lax precision and recall of a test alignment against a gold one, as in the Vecalign
 * paper (Thompson and Koehn 2019) and {@code shared/eval/score.py}: beads are compared as sets
 * (duplicates count once, beads empty on both sides ignored). Precision judges every test bead:
 * strict-correct when the identical bead is in the gold, lax-correct when also some gold bead
 * shares a source and a target sentence with it (so a 1-0 or 0-1 test bead is lax-correct only when
 * identical). Recall considers only beads non-empty on both sides, of the gold and of the test.
 * Stateless and thread-safe.
 */
public final class AlignmentScorer {

    /** The counts for one document. */
    public Counts count(List<BeadKey> gold, List<BeadKey> test) {
        int[] precision = judge(gold, test);
        int[] recall = judge(
                test.stream().filter(BeadKey::isLink).toList(),
                gold.stream().filter(BeadKey::isLink).toList());
        return new Counts(precision[2], precision[0], precision[1], recall[2], recall[0], recall[1]);
    }

    /** For the distinct beads of {@code hypothesis}: {exact hits, exact-or-overlap hits, total}. */
    private static int[] judge(List<BeadKey> reference, List<BeadKey> hypothesis) {
        Set<BeadKey> references = distinct(reference);
        Set<BeadKey> hypotheses = distinct(hypothesis);
        Map<Integer, List<BeadKey>> bySource = new HashMap<>();
        for (BeadKey bead : references) {
            for (int s : bead.source()) {
                bySource.computeIfAbsent(s, k -> new ArrayList<>()).add(bead);
            }
        }
        int exact = 0;
        int overlap = 0;
        for (BeadKey bead : hypotheses) {
            if (references.contains(bead)) {
                exact++;
                overlap++;
            } else if (overlaps(bead, bySource)) {
                overlap++;
            }
        }
        return new int[] {exact, overlap, hypotheses.size()};
    }

    private static boolean overlaps(BeadKey bead, Map<Integer, List<BeadKey>> bySource) {
        Set<Integer> targets = new HashSet<>(bead.target());
        for (int s : bead.source()) {
            for (BeadKey reference : bySource.getOrDefault(s, List.of())) {
                if (reference.target().stream().anyMatch(targets::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<BeadKey> distinct(List<BeadKey> beads) {
        Set<BeadKey> set = new LinkedHashSet<>();
        for (BeadKey bead : beads) {
            if (!bead.isEmpty()) {
                set.add(bead);
            }
        }
        return set;
    }
}
