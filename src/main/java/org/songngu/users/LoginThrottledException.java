package org.songngu.users;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before its password was checked: too many failures lately (see LoginThrottle). */
public class LoginThrottledException extends AuthenticationException {

    private final transient Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins for this account or from this address: try again in "
                + LoginThrottle.seconds(retryAfter) + " s.");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait, for the Retry-After header. */
    public long retryAfterSeconds() {
        return LoginThrottle.seconds(retryAfter);
    }
}
