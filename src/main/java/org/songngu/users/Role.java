package org.songngu.users;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/** What an account may do: reviewers review; admins also run jobs and manage accounts. */
public enum Role {
    REVIEWER,
    ADMIN;

    /** In JSON, lower case with hyphens ("reviewer"): one casing in every request and response. */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads either casing. */
    @JsonCreator
    public static Role fromJson(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** The Spring Security authorities: an admin is also a reviewer. */
    List<String> authorities() {
        return this == ADMIN ? List.of("ROLE_ADMIN", "ROLE_REVIEWER") : List.of("ROLE_REVIEWER");
    }
}
