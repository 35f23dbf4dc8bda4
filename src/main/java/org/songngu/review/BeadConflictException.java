package org.songngu.review;

/**
 * Someone changed a bead since the caller read it (optimistic locking), so the action was not
 * done: nothing was overwritten. Answered with 409 Conflict.
 */
public class BeadConflictException extends RuntimeException {

    private final long beadId;

    public BeadConflictException(long beadId, String message) {
        super(message);
        this.beadId = beadId;
    }

    public long beadId() {
        return beadId;
    }
}
