package org.songngu.store;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The database row that lets one run at a time proceed, whichever process starts it. Taking it is
 * one conditional UPDATE, so two processes racing for it cannot both win. A holder that stopped
 * refreshing its heartbeat, or whose process on this host is gone (killed), no longer holds it.
 */
@Repository
public class RunLock {

    /** How long a holder may go without a heartbeat (sent every 10 s) before it counts as gone. */
    private static final Duration STALE_AFTER = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final String host = hostName();
    private final long pid = ProcessHandle.current().pid();

    public RunLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who holds the lock now, if anyone live does. */
    public Optional<Holder> holder() {
        return current().filter(this::isLive);
    }

    /** Takes the lock for a new run, or returns empty when a live run holds it. */
    public Optional<String> tryAcquire() {
        String token = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(Instant.now());
        Optional<Holder> current = current();
        if (current.isPresent() && isLive(current.get())) {
            return Optional.empty();
        }
        // Conditional on the holder we saw: of two processes racing here, one update matches.
        String set = "UPDATE run_lock SET holder = ?, host = ?, pid = ?, acquired = ?, heartbeat = ? WHERE id = 1 AND ";
        int taken = current.isEmpty()
                ? jdbc.sql(set + "holder IS NULL")
                        .params(token, host, pid, now, now)
                        .update()
                : jdbc.sql(set + "holder = ?")
                        .params(token, host, pid, now, now, current.get().token())
                        .update();
        return taken == 1 ? Optional.of(token) : Optional.empty();
    }

    /** Tells other processes the run is still alive. */
    public void heartbeat(String token) {
        jdbc.sql("UPDATE run_lock SET heartbeat = ? WHERE id = 1 AND holder = ?")
                .params(Timestamp.from(Instant.now()), token)
                .update();
    }

    public void release(String token) {
        jdbc.sql("UPDATE run_lock SET holder = NULL, host = NULL, pid = NULL, acquired = NULL, heartbeat = NULL "
                        + "WHERE id = 1 AND holder = ?")
                .param(token)
                .update();
    }

    private Optional<Holder> current() {
        return jdbc.sql("SELECT holder, host, pid, acquired, heartbeat FROM run_lock WHERE id = 1 AND holder IS NOT "
                        + "NULL")
                .query((rs, row) -> new Holder(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant()))
                .optional();
    }

    private boolean isLive(Holder holder) {
        boolean sameHost = holder.host().equals(host);
        if (sameHost
                && holder.pid() != pid
                && !ProcessHandle.of(holder.pid()).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        return holder.heartbeat().plus(STALE_AFTER).isAfter(Instant.now());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return ManagementFactory.getRuntimeMXBean().getName();
        }
    }

    /** The run holding the lock: its token, where it runs and since when. */
    public record Holder(String token, String host, long pid, Instant acquired, Instant heartbeat) {}
}
