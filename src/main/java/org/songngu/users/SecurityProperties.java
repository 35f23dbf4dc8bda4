package org.songngu.users;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web application's security settings ({@code songngu.security.*}); docs/SECURITY.md says what
 * each defends against.
 *
 * @param behindTls true when the application is reached over HTTPS (usually through a reverse proxy
 *                  that ends TLS): the session cookie is then marked {@code Secure}
 * @param login     the sign-in throttle
 */
@ConfigurationProperties("songngu.security")
public record SecurityProperties(
        @DefaultValue("false") boolean behindTls,
        @DefaultValue Login login) {

    /**
     * @param accountFailures failures of one account before sign-ins to it are blocked
     * @param addressFailures failures from one client address before its sign-ins are blocked
     * @param firstLockout    the first block; each further failure doubles it
     * @param maxLockout      the longest block
     * @param forgetAfter     failures are forgotten this long after the last one
     * @param tracked         accounts, and addresses, remembered at most (the oldest go first)
     */
    public record Login(
            @DefaultValue("5") int accountFailures,
            @DefaultValue("20") int addressFailures,
            @DefaultValue("5s") Duration firstLockout,
            @DefaultValue("15m") Duration maxLockout,
            @DefaultValue("1h") Duration forgetAfter,
            @DefaultValue("10000") int tracked) {

        public Login {
            if (accountFailures < 1 || addressFailures < 1 || tracked < 1) {
                throw new IllegalArgumentException("songngu.security.login: failures and tracked must be at least 1");
            }
            if (firstLockout.isNegative() || firstLockout.isZero() || maxLockout.compareTo(firstLockout) < 0) {
                throw new IllegalArgumentException("songngu.security.login: 0 < first-lockout <= max-lockout");
            }
        }

        public static Login defaults() {
            return new Login(5, 20, Duration.ofSeconds(5), Duration.ofMinutes(15), Duration.ofHours(1), 10_000);
        }
    }
}
