package org.songngu.review;

/**
 * Someone changed a bead since the caller read it (optimistic locking), so the action was not
 * done: nothing was overwritten. Answered with 409 Conflict.
 */
public class BeadConflictException extends RuntimeException {

    private final long beadId;
    private final java.time.Instant changedAt;
    private final String changedBy;

    public BeadConflictException(long beadId, String message) {
        this(beadId, message, null, null);
    }

    /** With when and by whom the bead was last changed, which the page shows beside the bead. */
    public BeadConflictException(long beadId, String message, java.time.Instant changedAt, String changedBy) {
        super(message);
        this.beadId = beadId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    public long beadId() {
        return beadId;
    }

    public java.time.Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }
}
