package org.songngu.review;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.songngu.batch.AlignmentRuns;
import org.songngu.store.RunLock;
import org.songngu.batch.RunReport;
import org.songngu.system.SongnguProperties;
import org.springframework.stereotype.Service;

/**
 * Starts the alignment job over the configured corpus on a background thread when an admin asks,
 * one run at a time. Thread-safe.
 */
@Service
public class RunLauncher {

    private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);

    private final AlignmentRuns runs;
    private final SongnguProperties properties;
    private final RunLock lock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "songngu-admin-run");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<RunRequest> running = new AtomicReference<>();
    private final AtomicReference<String> lastResult = new AtomicReference<>();

    RunLauncher(AlignmentRuns runs, SongnguProperties properties, RunLock lock) {
        this.runs = runs;
        this.properties = properties;
        this.lock = lock;
    }

    /** Who asked for a run, when, and over which folder. */
    public record RunRequest(String requestedBy, Instant requestedAt, String corpus) {
    }

    /** Starts a run unless one is under way, started from here or by any other process (the run lock). */
    public RunRequest start(String user) {
        lock.holder().ifPresent(holder -> {
            throw new RunInProgressException("A run is already under way (process " + holder.pid() + " on "
                    + holder.host() + ", since " + holder.acquired() + "); wait for it to finish (GET /api/runs).");
        });
        RunRequest request = new RunRequest(user, Instant.now(), properties.corpus().toString());
        if (!running.compareAndSet(null, request)) {
            RunRequest current = running.get();
            throw new RunInProgressException("A run is already under way, started by " + current.requestedBy()
                    + " at " + current.requestedAt() + "; wait for it to finish (GET /api/runs).");
        }
        executor.submit(() -> {
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
        });
        return request;
    }

    public Optional<RunRequest> running() {
        return Optional.ofNullable(running.get());
    }

    public Optional<String> lastResult() {
        return Optional.ofNullable(lastResult.get());
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
