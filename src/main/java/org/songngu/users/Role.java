package org.songngu.users;

import java.util.List;

/** What an account may do: reviewers review; admins also run jobs and manage accounts. */
public enum Role {
    REVIEWER, ADMIN;

    /** The Spring Security authorities: an admin is also a reviewer. */
    List<String> authorities() {
        return this == ADMIN ? List.of("ROLE_ADMIN", "ROLE_REVIEWER") : List.of("ROLE_REVIEWER");
    }
}
