package org.songngu.users;

import java.time.Instant;

/** An account as listed to admins: never its password hash. */
public record Account(String username, Role role, boolean enabled, Instant createdAt) {}
