package org.songngu.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

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
import org.springframework.stereotype.Service;

/**
 * Starts the alignment job over a corpus folder, one run at a time across processes, and reports
 * what it did with each article. A run left behind by a killed process is marked failed in the job
 * repository before the next one starts; the next run then picks up what it left undone.
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
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "songngu-run-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    private final ObjectProvider<RemotePartitioning> remote;

    public AlignmentRuns(JobOperator jobOperator, JobRepository jobRepository, Job alignmentJob, ArticleStore store,
            ArticleMetadataStore metadata, RunLock lock, StageTimes times, ObjectProvider<RemotePartitioning> remote) {
        this.remote = remote;
        this.metadata = metadata;
        this.times = times;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.alignmentJob = alignmentJob;
        this.store = store;
        this.lock = lock;
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
        String token = lock.tryAcquire().orElseThrow(() -> new RunInProgressException(lock.holder()
                .map(holder -> "another run is in progress (process " + holder.pid() + " on " + holder.host()
                        + ", since " + holder.acquired() + "); try again when it has finished")
                .orElse("another run is starting; try again in a moment")));
        ScheduledFuture<?> heartbeat = heartbeats.scheduleAtFixedRate(() -> lock.heartbeat(token), 10, 10,
                TimeUnit.SECONDS);
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
        Duration elapsed = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        List<String> errors = execution.getAllFailureExceptions().stream()
                .map(AlignmentRuns::describe)
                .distinct()
                .toList();
        List<String> templates = metadata.templates().stream()
                .map(template -> template.language() + " " + (template.site().isEmpty() ? "(no source)" : template.site())
                        + " " + template.kind() + ", " + template.articles() + " articles: " + template.shape()
                        + "   e.g. " + template.example())
                .toList();
        return new RunReport(execution.getId(), execution.getStatus().name(), articles, errors, elapsed,
                store.frenchSentences(execution.getId()), metadata.countsByKind(execution.getId()), templates);
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
        heartbeats.shutdownNow();
    }
}
