package org.songngu.review;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The review actions the audit trail records. */
public enum ActionKind {
    APPROVE,
    REJECT,
    RESET,
    EDIT,
    MERGE,
    SPLIT,
    SHIFT,
    APPROVE_ABOVE,
    UNDO,
    /** A reviewer's note on a bead written, changed or removed. */
    NOTE,
    /** A French finding dismissed as a false alarm; recorded with "fr" in place of a pair, and no bead. */
    DISMISS_FINDING,
    /** A metadata line put back as content; recorded with the line's language in place of a pair, and no bead. */
    KEEP_METADATA;

    /** In JSON, lower case with hyphens ("approve-above"): one casing in every request and response. */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads either casing, so that audit snapshots written before lower case still read. */
    @JsonCreator
    public static ActionKind fromJson(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
