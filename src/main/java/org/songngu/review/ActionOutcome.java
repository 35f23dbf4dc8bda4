package org.songngu.review;

import java.util.List;
import org.songngu.corpus.LanguagePair;

/**
 * What a bead action did: the audit entry it made (null when there was nothing to do), a sentence
 * for the reviewer, the beads to look at next (the merged bead, the two halves of a split...),
 * every bead whose stored state it changed (those, and the beads a merge or split renumbered) and
 * the beads it deleted.
 */
public record ActionOutcome(
        Long actionId,
        String articleId,
        LanguagePair pair,
        String summary,
        List<Long> beadIds,
        List<Long> changedBeadIds,
        List<Long> removedBeadIds) {

    public ActionOutcome {
        beadIds = List.copyOf(beadIds);
        changedBeadIds = List.copyOf(changedBeadIds);
        removedBeadIds = List.copyOf(removedBeadIds);
    }

    /** An action that changed nothing. */
    static ActionOutcome nothing(String articleId, LanguagePair pair, String summary) {
        return new ActionOutcome(null, articleId, pair, summary, List.of(), List.of(), List.of());
    }
}
