package org.songngu.review;

import org.songngu.store.Bead;

/**
 * What one action did to one bead: its state before (null when the action created it) and after
 * (null when the action removed it).
 */
public record BeadChange(long beadId, Bead before, Bead after) {

    public BeadChange {
        if (before == null && after == null) {
            throw new IllegalArgumentException("a change needs a state before or after");
        }
    }
}
