package org.songngu.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.songngu.store.ArticleMetadataStore;
import org.songngu.store.ArticleStore;
import org.songngu.store.RunArticleRow;
import org.songngu.store.RunLock;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Service;

/**
 * Starts the alignment job over a corpus folder, one run at a time across processes, and reports
 * what it did with each article. A run left behind by a killed process is marked failed in the job
 * repository before the next one starts; the next run then picks up what it left undone.
 *
 * <p>Its threads are its own and stop with the application: runs started in the background
 * ({@link #inBackground}: the web application's start-up and admin runs) run on a small pool, the
 * run lock's heartbeat on a scheduler. When the application context closes, before any bean is
 * destroyed, the runs under way in this process are asked to stop (Spring Batch's stop: the step
 * ends after its current chunk, the execution is STOPPED and the next run completes what it left)
 * and are waited for, so that none is cut off mid-chunk with the database closing under it.
 */
@Service
public class AlignmentRuns implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AlignmentRuns.class);
    private static final String JOB_NAME = "alignmentJob";

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job alignmentJob;
    private final ArticleStore store;
    private final ArticleMetadataStore metadata;
    private final RunLock lock;
    private final StageTimes times;
    /** How long closing the application waits for a stopping run to end its chunk. */
    static final Duration STOP_WAIT = Duration.ofMinutes(2);

    private final ThreadPoolTaskScheduler heartbeats = new ThreadPoolTaskScheduler();
    private final ThreadPoolTaskExecutor background = new ThreadPoolTaskExecutor();
    private final Set<Thread> active = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;

    private final ObjectProvider<RemotePartitioning> remote;

    public AlignmentRuns(
            JobOperator jobOperator,
            JobRepository jobRepository,
            Job alignmentJob,
            ArticleStore store,
            ArticleMetadataStore metadata,
            RunLock lock,
            StageTimes times,
            ObjectProvider<RemotePartitioning> remote) {
        this.remote = remote;
        this.metadata = metadata;
        this.times = times;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.alignmentJob = alignmentJob;
        this.store = store;
        this.lock = lock;
        heartbeats.setThreadNamePrefix("songngu-run-heartbeat-");
        heartbeats.setDaemon(true);
        heartbeats.initialize();
        // Two: the start-up run and an admin's run may be asked for at once (the run lock lets one proceed).
        background.setThreadNamePrefix("songngu-run-");
        background.setCorePoolSize(2);
        background.setMaxPoolSize(2);
        background.setQueueCapacity(0);
        background.initialize();
    }

    /**
     * Runs {@code work} (which starts a run) on the runs' own pool, which the application's closing
     * stops; the future holds its result. Refused ({@link org.springframework.core.task.TaskRejectedException})
     * when two are under way already.
     */
    public <T> Future<T> inBackground(Callable<T> work) {
        return background.submit(work);
    }

    /**
     * Runs the job to its end on the calling thread.
     *
     * @throws RunInProgressException when another run holds the run lock
     */
    public RunReport run(Path corpus) throws Exception {
        return run(corpus, false);
    }

    /**
     * Runs the job to its end on the calling thread; with {@code realignPending}, the articles whose
     * beads no reviewer touched and that an older model aligned are aligned again with the current one.
     *
     * @throws RunInProgressException when another run holds the run lock
     * @throws RemotePartitioning.NoWorkersException with remote workers, when too few joined in time
     */
    public RunReport run(Path corpus, boolean realignPending) throws Exception {
        if (closing) {
            throw new RunInProgressException("the application is stopping; no new run starts");
        }
        String token = lock.tryAcquire()
                .orElseThrow(() -> new RunInProgressException(lock.holder()
                        .map(holder -> "another run is in progress (process " + holder.pid() + " on " + holder.host()
                                + ", since " + holder.acquired() + "); try again when it has finished")
                        .orElse("another run is starting; try again in a moment")));
        ScheduledFuture<?> heartbeat = heartbeats.scheduleAtFixedRate(
                () -> lock.heartbeat(token), Instant.now().plusSeconds(10), Duration.ofSeconds(10));
        active.add(Thread.currentThread());
        try {
            recoverAbandonedRuns();
            RemotePartitioning workers = remote.getIfAvailable();
            if (workers != null) {
                // Requests a dead manager left queued belong to a run just marked failed.
                workers.purgeRequests();
                workers.awaitWorkers();
            }
            times.reset();
            JobParameters parameters = new JobParametersBuilder()
                    .addString("corpus", corpus.toAbsolutePath().normalize().toString())
                    .addLong("requestedAt", System.currentTimeMillis())
                    .addString("realignPending", String.valueOf(realignPending))
                    .toJobParameters();
            return report(jobOperator.start(alignmentJob, parameters));
        } finally {
            heartbeat.cancel(false);
            lock.release(token);
            active.remove(Thread.currentThread());
            synchronized (active) {
                active.notifyAll();
            }
        }
    }

    /**
     * When the application closes: no new run starts, and the runs under way here are asked to stop
     * and waited for (at most {@link #STOP_WAIT}). Asked again until they end, as a run that was
     * just starting creates its execution only after the first request.
     */
    @EventListener(ContextClosedEvent.class)
    void stopRuns() {
        closing = true;
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        while (!active.isEmpty() && System.nanoTime() < deadline) {
            // Holding the run lock, every running execution is this process's own.
            for (JobExecution execution : jobRepository.findRunningJobExecutions(JOB_NAME)) {
                if (!execution.isStopping() && !execution.isStopped()) {
                    log.info("the application is stopping: stopping run {} after its current chunk", execution.getId());
                    try {
                        jobOperator.stop(execution);
                    } catch (Exception e) {
                        log.warn("run {} could not be asked to stop: {}", execution.getId(), e.toString());
                    }
                }
            }
            synchronized (active) {
                try {
                    active.wait(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        if (!active.isEmpty()) {
            log.warn("a run did not stop within {}s; the application stops anyway", STOP_WAIT.toSeconds());
        }
    }

    /** Holding the lock, any execution still marked running belongs to a process that died. */
    private void recoverAbandonedRuns() {
        for (JobExecution execution : jobRepository.findRunningJobExecutions(JOB_NAME)) {
            log.warn("run {} was interrupted (its process stopped); marking it failed", execution.getId());
            jobOperator.recover(execution);
        }
    }

    private RunReport report(JobExecution execution) {
        List<RunArticleRow> articles = store.outcomes(execution.getId());
        Duration elapsed = execution.getStartTime() == null || execution.getEndTime() == null
                ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        List<String> errors = execution.getAllFailureExceptions().stream()
                .map(AlignmentRuns::describe)
                .distinct()
                .toList();
        List<String> templates = metadata.templates().stream()
                .map(template ->
                        template.language() + " " + (template.site().isEmpty() ? "(no source)" : template.site())
                                + " " + template.kind() + ", " + template.articles() + " articles: " + template.shape()
                                + "   e.g. " + template.example())
                .toList();
        return new RunReport(
                execution.getId(),
                execution.getStatus().name(),
                articles,
                errors,
                elapsed,
                store.frenchSentences(execution.getId()),
                metadata.countsByKind(execution.getId()),
                templates);
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    @Override
    public void destroy() {
        background.shutdown();
        heartbeats.shutdown();
    }
}
