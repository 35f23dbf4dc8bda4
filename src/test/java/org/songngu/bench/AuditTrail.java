package org.songngu.bench;

import java.util.List;
import org.songngu.review.ActionKind;
import org.songngu.store.Bead;

/**
 * One pair's review as the database holds it after the load: the beads before and after, every
 * {@code review_action} row and every {@code bead_change} row (in id order), and the sentences.
 */
record AuditTrail(
        List<Bead> initial, List<Bead> finals, List<Action> actions, List<Change> changes, Sentences sentences) {

    AuditTrail {
        initial = List.copyOf(initial);
        finals = List.copyOf(finals);
        actions = List.copyOf(actions);
        changes = List.copyOf(changes);
    }

    /** A {@code review_action} row. */
    record Action(long id, String user, ActionKind kind) {}

    /** A {@code bead_change} row: the bead before (null when inserted) and after (null when deleted). */
    record Change(long id, long actionId, long beadId, Bead before, Bead after) {}
}
