package org.songngu.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows down and then refuses password guessing, per account and per client address. The first
 * {@code accountFailures} failures of an account (or {@code addressFailures} from one address) are
 * free; each further one blocks sign-ins for {@code firstLockout}, doubled every time up to
 * {@code maxLockout}. While blocked, an attempt is refused before its password is hashed, so a
 * guesser costs the server no bcrypt; attempts under way count too, so a burst of parallel requests
 * gets no more hashes than the free failures. A success clears its account; failures are forgotten
 * {@code forgetAfter} after the last one. At most {@code tracked} accounts and addresses are
 * remembered each (the oldest go first), so sprayed names cannot fill the memory. Thread-safe.
 */
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final Clock clock;
    private final SecurityProperties.Login settings;
    private final Map<String, Attempts> accounts;
    private final Map<String, Attempts> addresses;

    public LoginThrottle(Clock clock, SecurityProperties.Login settings) {
        this.clock = clock;
        this.settings = settings;
        this.accounts = bounded(settings.tracked());
        this.addresses = bounded(settings.tracked());
    }

    /** One key's failures. */
    private static final class Attempts {
        int failures;
        int inFlight;
        Instant lastFailure = Instant.MIN;
        Instant blockedUntil = Instant.MIN;
        boolean refusalLogged;
    }

    /**
     * Starts an attempt: empty when it may go on (then {@link #failed}, {@link #succeeded} or
     * {@link #abandoned} must follow), else how long to wait.
     */
    public synchronized Optional<Duration> begin(String account, String address) {
        Instant now = clock.instant();
        Attempts byAccount = entry(accounts, accountKey(account), now);
        Attempts byAddress = entry(addresses, address, now);
        Duration wait = max(remaining(byAccount, now), remaining(byAddress, now));
        if (wait.isZero()
                && (busy(byAccount, settings.accountFailures()) || busy(byAddress, settings.addressFailures()))) {
            wait = Duration.ofSeconds(1);
        }
        if (!wait.isZero()) {
            Attempts blocked = remaining(byAccount, now).isZero() ? byAddress : byAccount;
            if (!blocked.refusalLogged) {
                blocked.refusalLogged = true;
                log.warn(
                        "Sign-in refused for user '{}' from {}: too many failures, retry in {} s",
                        printable(account),
                        printable(address),
                        seconds(wait));
            }
            return Optional.of(wait);
        }
        byAccount.inFlight++;
        byAddress.inFlight++;
        return Optional.empty();
    }

    /** The attempt begun for this account and address gave a wrong password (or an unknown or disabled account). */
    public synchronized void failed(String account, String address) {
        Instant now = clock.instant();
        Attempts byAccount = entry(accounts, accountKey(account), now);
        Attempts byAddress = entry(addresses, address, now);
        int accountFailures = fail(byAccount, settings.accountFailures(), now);
        int addressFailures = fail(byAddress, settings.addressFailures(), now);
        log.info(
                "Failed sign-in for user '{}' from {} ({} failures for the account, {} from the address)",
                printable(account),
                printable(address),
                accountFailures,
                addressFailures);
        if (byAccount.blockedUntil.isAfter(now) || byAddress.blockedUntil.isAfter(now)) {
            log.warn(
                    "Sign-ins blocked for {} s: user '{}' from {}",
                    seconds(max(remaining(byAccount, now), remaining(byAddress, now))),
                    printable(account),
                    printable(address));
        }
    }

    /** The attempt succeeded: the account starts afresh; the address keeps its count, less this attempt. */
    public synchronized void succeeded(String account, String address) {
        accounts.remove(accountKey(account));
        Attempts byAddress = addresses.get(address);
        if (byAddress != null) {
            byAddress.inFlight = Math.max(0, byAddress.inFlight - 1);
        }
    }

    /** The attempt ended without an answer about the password (the database was down, say). */
    public synchronized void abandoned(String account, String address) {
        for (Attempts attempts : new Attempts[] {accounts.get(accountKey(account)), addresses.get(address)}) {
            if (attempts != null) {
                attempts.inFlight = Math.max(0, attempts.inFlight - 1);
            }
        }
    }

    private int fail(Attempts attempts, int free, Instant now) {
        attempts.inFlight = Math.max(0, attempts.inFlight - 1);
        attempts.failures++;
        attempts.lastFailure = now;
        if (attempts.failures >= free) {
            int doublings = Math.min(attempts.failures - free, 30);
            Duration lockout = settings.firstLockout().multipliedBy(1L << doublings);
            attempts.blockedUntil =
                    now.plus(lockout.compareTo(settings.maxLockout()) > 0 ? settings.maxLockout() : lockout);
            attempts.refusalLogged = false;
        }
        return attempts.failures;
    }

    /** Attempts under way that could bring the key to its limit: wait for their outcome. */
    private static boolean busy(Attempts attempts, int free) {
        return attempts.inFlight > 0 && attempts.failures + attempts.inFlight >= free;
    }

    private Attempts entry(Map<String, Attempts> map, String key, Instant now) {
        Attempts attempts = map.computeIfAbsent(key, k -> new Attempts());
        if (attempts.inFlight == 0
                && attempts.failures > 0
                && attempts.lastFailure.plus(settings.forgetAfter()).isBefore(now)
                && !attempts.blockedUntil.isAfter(now)) {
            attempts.failures = 0;
        }
        return attempts;
    }

    private static Duration remaining(Attempts attempts, Instant now) {
        return attempts.blockedUntil.isAfter(now) ? Duration.between(now, attempts.blockedUntil) : Duration.ZERO;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Whole seconds, rounded up: what Retry-After says. */
    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static String accountKey(String account) {
        return account == null ? "" : account.toLowerCase(Locale.ROOT);
    }

    /** A user name or address as typed by anyone: no line breaks or control characters in the log, and short. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        String clean = text.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return clean.length() > 100 ? clean.substring(0, 100) + "..." : clean;
    }

    private static Map<String, Attempts> bounded(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Attempts> eldest) {
                return size() > capacity;
            }
        };
    }
}
