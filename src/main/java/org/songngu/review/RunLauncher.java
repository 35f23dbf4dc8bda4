package org.songngu.review;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.songngu.batch.AlignmentRuns;
import org.songngu.batch.RunReport;
import org.songngu.store.RunLock;
import org.songngu.system.SongnguProperties;
import org.springframework.stereotype.Service;

/**
 * Starts the alignment job over the configured corpus on a background thread when an admin asks,
 * one run at a time. Thread-safe. The thread is {@link AlignmentRuns#inBackground the runs' own},
 * which the application's closing stops.
 */
@Service
public class RunLauncher {

    private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);

    private final AlignmentRuns runs;
    private final SongnguProperties properties;
    private final RunLock lock;
    private final AtomicReference<RunRequest> running = new AtomicReference<>();
    private final AtomicReference<String> lastResult = new AtomicReference<>();
    private final ReviewQueries queries;

    /** How long a request waits for the job to create the run's execution, so that it can answer with its id. */
    static final Duration STARTING = Duration.ofSeconds(10);

    RunLauncher(AlignmentRuns runs, SongnguProperties properties, RunLock lock, ReviewQueries queries) {
        this.runs = runs;
        this.properties = properties;
        this.lock = lock;
        this.queries = queries;
    }

    /**
     * Who asked for a run, when, over which folder, and the run's execution id once the job has
     * created it (null when it had not within {@link #STARTING}; {@code GET /api/runs} lists it).
     */
    public record RunRequest(String requestedBy, Instant requestedAt, String corpus, Long executionId) {

        RunRequest withExecutionId(long id) {
            return new RunRequest(requestedBy, requestedAt, corpus, id);
        }
    }

    /** Starts a run unless one is under way, started from here or by any other process (the run lock). */
    public RunRequest start(String user) {
        lock.holder().ifPresent(holder -> {
            throw new RunInProgressException("A run is already under way (process " + holder.pid() + " on "
                    + holder.host() + ", since " + holder.acquired() + "); wait for it to finish (GET /api/runs).");
        });
        RunRequest request =
                new RunRequest(user, Instant.now(), properties.corpus().toString(), null);
        long before = queries.latestRunId();
        if (!running.compareAndSet(null, request)) {
            RunRequest current = running.get();
            throw new RunInProgressException("A run is already under way, started by " + current.requestedBy() + " at "
                    + current.requestedAt() + "; wait for it to finish (GET /api/runs).");
        }
        Future<?> task;
        try {
            task = runs.inBackground(() -> {
                try {
                    RunReport report = runs.run(properties.corpus());
                    lastResult.set("run " + report.executionId() + " " + report.status());
                    log.info("run {} requested by {}: {}", report.executionId(), user, report.status());
                } catch (Exception e) {
                    lastResult.set("the run requested by " + user + " could not start: " + e.getMessage());
                    log.error("run requested by {} over {} could not start", user, properties.corpus(), e);
                } finally {
                    running.set(null);
                }
                return null;
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            running.set(null);
            throw new RunInProgressException(
                    "A run is already under way (the start-up run); wait for it to finish" + " (GET /api/runs).");
        }
        return started(request, before, task);
    }

    // The job creates its execution on the run's thread, inside JobOperator.start; the run lock makes
    // the first execution newer than `before` this run's, so waiting for it is enough to know its id.
    private RunRequest started(RunRequest request, long before, Future<?> task) {
        long deadline = System.nanoTime() + STARTING.toNanos();
        while (System.nanoTime() < deadline) {
            long latest = queries.latestRunId();
            if (latest > before) {
                return request.withExecutionId(latest);
            }
            if (task.isDone()) {
                String result = lastResult.get();
                throw new RunInProgressException(
                        "The run did not start: " + (result == null ? "see the log" : result) + ".");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return request;
    }

    public Optional<RunRequest> running() {
        return Optional.ofNullable(running.get());
    }

    public Optional<String> lastResult() {
        return Optional.ofNullable(lastResult.get());
    }
}
