package org.songngu.store;

import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The worker processes present ({@code remote_worker}, PostgreSQL only): each refreshes its row
 * while it runs and deletes it when it leaves; a row not refreshed for a while belongs to a worker
 * that died. Times are the database's own, so the hosts' clocks do not matter.
 */
@Repository
public class RemoteWorkers {

    private final JdbcClient jdbc;

    public RemoteWorkers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One worker as it registered. */
    public record Worker(String id, String host, long pid, int threads) {}

    public void join(Worker worker) {
        jdbc.sql("INSERT INTO remote_worker (id, host, pid, threads, started_at, seen_at) "
                        + "VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .params(worker.id(), worker.host(), worker.pid(), worker.threads())
                .update();
    }

    /** Tells managers the worker is still there (registering it again if its row was dropped as stale). */
    public void heartbeat(Worker worker) {
        if (jdbc.sql("UPDATE remote_worker SET seen_at = CURRENT_TIMESTAMP WHERE id = ?")
                        .param(worker.id())
                        .update()
                == 0) {
            join(worker);
        }
    }

    public void leave(String id) {
        jdbc.sql("DELETE FROM remote_worker WHERE id = ?").param(id).update();
    }

    /** The workers seen within {@code staleAfter}; older rows (workers that died) are dropped. */
    public List<Worker> live(Duration staleAfter) {
        jdbc.sql("DELETE FROM remote_worker WHERE seen_at < CURRENT_TIMESTAMP - make_interval(secs => ?)")
                .param((double) staleAfter.toMillis() / 1000)
                .update();
        return jdbc.sql("SELECT id, host, pid, threads FROM remote_worker ORDER BY started_at")
                .query((rs, row) -> new Worker(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4)))
                .list();
    }
}
