package org.songngu.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.songngu.corpus.LanguagePair;
import org.songngu.store.Bead;

/**
 * Lays the beads of both pairs side by side. Rows are cut at the French sentence boundaries the
 * pairs share: where fr→vi and fr→en agree, a row holds one bead of each; where they differ (a
 * 2-1 bead in one pair against two 1-1 beads in the other), the row spans the French sentences of
 * both and stacks the finer pair's beads. Beads with no French sentence (0-1) get a row of their
 * own where the pairs share a boundary, else join the row around them.
 */
final class AlignmentTable {

    private AlignmentTable() {}

    /** One row: French sentences {@code [srcStart, srcEnd)} and, per pair, the beads that fall in it. */
    record Block(int srcStart, int srcEnd, Map<LanguagePair, List<Bead>> beads) {

        List<Bead> of(LanguagePair pair) {
            return beads.getOrDefault(pair, List.of());
        }
    }

    /**
     * @param frenchSentences how many French sentences the article has
     * @param pairs           each pair's beads in index order; a pair without beads is left out
     */
    static List<Block> blocks(int frenchSentences, Map<LanguagePair, List<Bead>> pairs) {
        TreeSet<Integer> cuts = new TreeSet<>();
        for (int i = 0; i <= frenchSentences; i++) {
            cuts.add(i);
        }
        for (List<Bead> beads : pairs.values()) {
            if (!beads.isEmpty()) {
                TreeSet<Integer> own = new TreeSet<>(List.of(0, frenchSentences));
                beads.forEach(bead -> {
                    own.add(bead.srcStart());
                    own.add(bead.srcEnd());
                });
                cuts.retainAll(own);
            }
        }
        cuts.add(0);
        cuts.add(frenchSentences);

        Map<Integer, Map<LanguagePair, List<Bead>>> insertions = new LinkedHashMap<>();
        Map<Integer, Map<LanguagePair, List<Bead>>> inBlocks = new LinkedHashMap<>();
        pairs.forEach((pair, beads) -> {
            for (Bead bead : beads) {
                boolean noFrench = bead.srcStart() == bead.srcEnd();
                if (noFrench && cuts.contains(bead.srcStart())) {
                    insertions
                            .computeIfAbsent(bead.srcStart(), at -> new LinkedHashMap<>())
                            .computeIfAbsent(pair, p -> new ArrayList<>())
                            .add(bead);
                } else {
                    int blockStart = cuts.floor(bead.srcStart());
                    inBlocks.computeIfAbsent(blockStart, at -> new LinkedHashMap<>())
                            .computeIfAbsent(pair, p -> new ArrayList<>())
                            .add(bead);
                }
            }
        });

        List<Block> blocks = new ArrayList<>();
        for (int cut : cuts) {
            if (insertions.containsKey(cut)) {
                blocks.add(new Block(cut, cut, insertions.get(cut)));
            }
            if (cut < frenchSentences) {
                blocks.add(new Block(cut, cuts.higher(cut), inBlocks.getOrDefault(cut, Map.of())));
            }
        }
        return blocks;
    }
}
