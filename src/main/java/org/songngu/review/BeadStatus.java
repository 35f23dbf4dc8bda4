package org.songngu.review;

/** Where a bead stands in review. */
public enum BeadStatus {
    PENDING, APPROVED, REJECTED
}
