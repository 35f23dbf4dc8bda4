package org.songngu.batch;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.songngu.store.RemoteWorkers;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.integration.store.MessageGroupQueue;
import org.springframework.integration.util.UUIDConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

/**
 * The channel of remote partitioning: the ingest and align steps' partition requests travel through a queue
 * kept in PostgreSQL by Spring Integration's JDBC channel message store, so a deployment needs
 * nothing but the database (docs/SCALING.md says why). The queue has its own small connection pool:
 * a worker holds a transaction on it while it executes a partition (the request stays taken, locked,
 * and comes back if the worker dies), and that transaction must not be the one the step's chunks
 * commit in.
 */
class RemotePartitioning implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RemotePartitioning.class);

    /** The message group of the partition requests (ingest and align steps), in the store's region. */
    static final String REQUESTS = "songngu-ingest-requests";

    static final String REGION = "songngu";

    private final HikariDataSource channelDatabase;
    private final QueueChannel requests;
    private final DirectChannel workerRequests = new DirectChannel();
    private final DataSourceTransactionManager pollTransactions;
    private final RemoteWorkers workers;
    private final RemoteProperties properties;

    RemotePartitioning(DataSourceProperties database, RemoteWorkers workers, RemoteProperties properties) {
        this.workers = workers;
        this.properties = properties;
        String url = database.determineUrl();
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("remote workers need PostgreSQL (the postgres profile: "
                    + "--spring.profiles.active=postgres, with SONGNGU_DB_URL); the database is " + url);
        }
        channelDatabase = database.initializeDataSourceBuilder()
                .type(HikariDataSource.class)
                .build();
        channelDatabase.setPoolName("songngu-requests");
        channelDatabase.setMaximumPoolSize(properties.effectiveThreads() + 2);
        channelDatabase.setMinimumIdle(1);
        // A worker whose machine vanished (no FIN, no RST) must still lose its connection, and with
        // it the partition it held: keepalives let PostgreSQL notice.
        channelDatabase.addDataSourceProperty("tcpKeepAlive", "true");
        JdbcChannelMessageStore store = new JdbcChannelMessageStore(channelDatabase);
        store.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
        store.setRegion(REGION);
        store.addAllowedPatterns(
                "java.util.*",
                "java.lang.*",
                "org.springframework.messaging.*",
                "org.springframework.integration.*",
                "org.springframework.batch.integration.partition.StepExecutionRequest");
        store.afterPropertiesSet();
        requests = new QueueChannel(new MessageGroupQueue(store, REQUESTS));
        requests.setBeanName("ingestRequests");
        pollTransactions = new DataSourceTransactionManager(channelDatabase);
        // Chunks commit in their own transactions on the main pool, on the same thread: the
        // request's transaction must not claim the thread's synchronization for itself.
        pollTransactions.setTransactionSynchronization(AbstractPlatformTransactionManager.SYNCHRONIZATION_NEVER);
    }

    /** Where the manager sends partition requests and workers take them. */
    QueueChannel requests() {
        return requests;
    }

    /** Where a worker hands a request it took to the worker step. */
    DirectChannel workerRequests() {
        return workerRequests;
    }

    /** The transactions a worker takes requests in. */
    DataSourceTransactionManager pollTransactions() {
        return pollTransactions;
    }

    DataSource channelDatabase() {
        return channelDatabase;
    }

    RemoteProperties properties() {
        return properties;
    }

    /**
     * Drops the requests left queued by a run whose manager died (the caller holds the run lock, so
     * no live run has any); a request a worker is executing is locked and skipped, and its worker
     * gives it up at its next chunk, its run being over.
     */
    int purgeRequests() {
        int purged = new JdbcTemplate(channelDatabase)
                .update("""
                DELETE FROM INT_CHANNEL_MESSAGE WHERE CTID IN (
                    SELECT CTID FROM INT_CHANNEL_MESSAGE WHERE REGION = ? AND GROUP_KEY = ? FOR UPDATE SKIP LOCKED)\
                """, REGION, UUIDConverter.getUUID(REQUESTS).toString());
        if (purged > 0) {
            log.warn("dropped {} partition requests of an interrupted run", purged);
        }
        return purged;
    }

    /**
     * Waits until {@code songngu.remote.min-workers} workers are present, at most
     * {@code songngu.remote.worker-timeout}.
     *
     * @throws NoWorkersException when they are not there in time
     */
    List<RemoteWorkers.Worker> awaitWorkers() throws InterruptedException {
        Instant deadline = Instant.now().plus(properties.workerTimeout());
        while (true) {
            List<RemoteWorkers.Worker> live = workers.live(properties.staleAfter());
            if (live.size() >= properties.minWorkers()) {
                return live;
            }
            if (!Instant.now().isBefore(deadline)) {
                throw new NoWorkersException(properties.minWorkers(), live.size(), properties.workerTimeout());
            }
            Thread.sleep(Math.min(
                    properties.pollInterval().toMillis(),
                    Math.max(1, Duration.between(Instant.now(), deadline).toMillis())));
        }
    }

    /**
     * Watches a remote step from the manager while it runs: the articles its partitions
     * ({@code workerStep}) stored go
     * to the run's progress, and a stretch without any worker present is logged (the requests wait
     * in the queue for one to join).
     */
    StepExecutionListener watch(
            RunProgress progress, String workerStep, StageTimes times, JobRepository jobRepository) {
        return new StepExecutionListener() {
            private ScheduledExecutorService ticker;

            @Override
            public void beforeStep(StepExecution stepExecution) {
                long jobExecutionId = stepExecution.getJobExecutionId();
                Instant[] lastSeen = {Instant.now()};
                ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "songngu-remote-watch");
                    thread.setDaemon(true);
                    return thread;
                });
                ticker.scheduleWithFixedDelay(
                        () -> {
                            try {
                                Long stored = new JdbcTemplate(channelDatabase)
                                        .queryForObject(
                                                "SELECT COALESCE(SUM(WRITE_COUNT), 0) "
                                                        + "FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? AND "
                                                        + "STEP_NAME LIKE ?",
                                                Long.class,
                                                jobExecutionId,
                                                workerStep + ":%");
                                progress.advanceTo(stored == null ? 0 : stored.intValue());
                                if (!workers.live(properties.staleAfter()).isEmpty()) {
                                    lastSeen[0] = Instant.now();
                                } else if (Duration.between(lastSeen[0], Instant.now())
                                                .compareTo(properties.workerTimeout())
                                        >= 0) {
                                    log.warn(
                                            "no worker present for {}s: the run waits for one (start 'java -jar "
                                                    + "songngu.jar " + "worker'), or stop it",
                                            properties.workerTimeout().toSeconds());
                                    lastSeen[0] = Instant.now();
                                }
                            } catch (RuntimeException e) {
                                log.debug("remote progress not read", e);
                            }
                        },
                        1,
                        1,
                        TimeUnit.SECONDS);
            }

            @Override
            public ExitStatus afterStep(StepExecution stepExecution) {
                ticker.shutdownNow();
                // The workers' stage times, recorded in their partitions, go to the run's summary.
                List<Long> partitions = new JdbcTemplate(channelDatabase)
                        .queryForList(
                                "SELECT STEP_EXECUTION_ID "
                                        + "FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? AND STEP_NAME LIKE ?",
                                Long.class,
                                stepExecution.getJobExecutionId(),
                                workerStep + ":%");
                times.addPartitions(partitions.stream()
                        .map(jobRepository::getStepExecution)
                        .filter(java.util.Objects::nonNull)
                        .toList());
                return null;
            }
        };
    }

    /** The innermost message of a failure to set remote partitioning up (the bean wrappers say nothing useful). */
    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    @Override
    public void destroy() {
        channelDatabase.close();
    }

    /** Too few workers joined in time: the run does not start. */
    static final class NoWorkersException extends RuntimeException {

        NoWorkersException(int needed, int present, Duration waited) {
            super((present == 0 ? "no worker" : "only " + present + " of " + needed + " workers") + " joined within "
                    + waited.toSeconds() + "s (songngu.remote.worker-timeout): start workers with "
                    + "'java -jar songngu.jar worker' on the same database (postgres profile), or run "
                    + "without --remote");
        }
    }
}
