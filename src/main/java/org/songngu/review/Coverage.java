package org.songngu.review;

import java.util.List;
import java.util.Optional;
import org.songngu.store.Bead;

/**
 * The invariant every bead action keeps: a pair's beads, in index order, cover every French and
 * every target sentence exactly once and in order (each bead starts where the previous ended, the
 * first at 0, the last at the end), and the indices run 0, 1, 2...
 */
final class Coverage {

    private Coverage() {}

    /** What breaks the invariant, or empty when {@code beads} (in index order) keep it. */
    static Optional<String> problem(List<Bead> beads, int sourceSentences, int targetSentences) {
        int src = 0;
        int tgt = 0;
        for (int i = 0; i < beads.size(); i++) {
            Bead bead = beads.get(i);
            if (bead.index() != i) {
                return Optional.of("bead at position " + i + " has index " + bead.index());
            }
            if (bead.srcStart() != src || bead.tgtStart() != tgt) {
                return Optional.of("bead " + i + " starts at " + bead.srcStart() + "/" + bead.tgtStart()
                        + " instead of " + src + "/" + tgt);
            }
            src = bead.srcEnd();
            tgt = bead.tgtEnd();
        }
        if (src != sourceSentences || tgt != targetSentences) {
            return Optional.of("beads end at " + src + "/" + tgt + " but the texts have " + sourceSentences + "/"
                    + targetSentences + " sentences");
        }
        return Optional.empty();
    }
}
