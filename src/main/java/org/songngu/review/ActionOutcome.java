package org.songngu.review;

import java.util.List;

/**
 * What a bead action did: the audit entry it made (null when there was nothing to do), a sentence
 * for the reviewer, and the beads to look at next (the merged bead, the two halves of a split...).
 */
public record ActionOutcome(Long actionId, String articleId, String pair, String summary, List<Long> beadIds) {

    public ActionOutcome {
        beadIds = List.copyOf(beadIds);
    }
}
