package org.songngu.review;

/** The review actions the audit trail records. */
public enum ActionKind {
    APPROVE, REJECT, RESET, EDIT, MERGE, SPLIT, SHIFT, APPROVE_ABOVE, UNDO
}
