package org.songngu.review;

import java.time.Instant;
import java.util.List;

/** One entry of the audit trail: who did what on which pair, when, and the bead states it changed. */
public record ReviewAction(
        long id,
        String articleId,
        String pair,
        ActionKind action,
        String detail,
        String user,
        Instant at,
        List<BeadChange> changes) {

    public ReviewAction {
        changes = List.copyOf(changes);
    }
}
