package org.songngu.store;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a bead stands in review. */
public enum BeadStatus {
    PENDING,
    APPROVED,
    REJECTED;

    /** In JSON, lower case with hyphens ("approved"): one casing in every request and response. */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads either casing, so that audit snapshots written before lower case still read. */
    @JsonCreator
    public static BeadStatus fromJson(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
