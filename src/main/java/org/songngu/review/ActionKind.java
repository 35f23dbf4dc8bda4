package org.songngu.review;

/** The review actions the audit trail records. */
public enum ActionKind {
    APPROVE, REJECT, RESET, EDIT, MERGE, SPLIT, SHIFT, APPROVE_ABOVE, UNDO,
    /** A metadata line put back as content; recorded with the line's language in place of a pair, and no bead. */
    KEEP_METADATA
}
