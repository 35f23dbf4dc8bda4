package org.songngu.batch;

import java.net.InetAddress;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.songngu.store.RemoteWorkers;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepInterruptionPolicy;
import org.springframework.batch.core.step.ThreadStepInterruptionPolicy;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A worker process's side of remote partitioning: registers the worker, takes partition requests
 * from the queue on {@code songngu.remote.threads} threads and hands each to the worker step (the
 * flow {@code RemotePartitioningWorkerStepBuilder} registered), in a transaction on the queue that
 * lasts as long as the partition: a worker that dies gives its request back, and the worker that
 * takes it next goes on from the partition's last committed chunk.
 *
 * <p>Leaving (SIGTERM, Ctrl-C: the application closes): no new request is taken, each busy thread
 * finishes its current chunk, then gives its request back and stops there; another worker goes on.
 * It is the application's graceful shutdown: the pool is a {@link SmartLifecycle} of the first
 * phase to stop, so its chunks finish before any bean they use (the French checker, the database
 * pools) is destroyed.
 */
class WorkerPool implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WorkerPool.class);
    /** How long leaving waits for the threads' current chunks. */
    private static final Duration LEAVE_LIMIT = Duration.ofMinutes(10);

    private final RemotePartitioning remote;
    private final IntegrationFlowContext flows;
    private final RemoteWorkers workers;
    private final JobRepository jobRepository;
    private final AtomicInteger busy = new AtomicInteger();
    private final AtomicInteger handedBack = new AtomicInteger();
    private final CountDownLatch left = new CountDownLatch(1);
    private final ThreadStepInterruptionPolicy standardPolicy = new ThreadStepInterruptionPolicy();
    private final AtomicInteger executed = new AtomicInteger();
    private volatile IntConsumer farewell = executed -> {};
    private volatile boolean leaving;
    private RemoteWorkers.Worker self;
    private ScheduledExecutorService heartbeat;
    private IntegrationFlowContext.IntegrationFlowRegistration intake;

    WorkerPool(
            RemotePartitioning remote,
            IntegrationFlowContext flows,
            RemoteWorkers workers,
            JobRepository jobRepository) {
        this.remote = remote;
        this.flows = flows;
        this.workers = workers;
        this.jobRepository = jobRepository;
    }

    /** Joins the pool and starts taking requests; returns at once. */
    synchronized RemoteWorkers.Worker join() {
        RemoteProperties properties = remote.properties();
        int threads = properties.effectiveThreads();
        self = new RemoteWorkers.Worker(
                UUID.randomUUID().toString(),
                hostName(),
                ProcessHandle.current().pid(),
                threads);
        workers.join(self);
        heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "songngu-worker-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.heartbeat().toMillis();
        heartbeat.scheduleAtFixedRate(
                () -> {
                    try {
                        workers.heartbeat(self);
                    } catch (RuntimeException e) {
                        log.warn("worker heartbeat failed: {}", e.toString());
                    }
                },
                every,
                every,
                TimeUnit.MILLISECONDS);
        // The worker step's own flow (request handler on workerRequests) is registered stopped.
        flows.getRegistry().values().forEach(IntegrationFlowContext.IntegrationFlowRegistration::start);
        SimpleAsyncTaskExecutor partitionThreads = new SimpleAsyncTaskExecutor("songngu-worker-");
        partitionThreads.setConcurrencyLimit(threads);
        partitionThreads.setDaemon(true);
        IntegrationFlow takeRequests = IntegrationFlow.from(remote.requests())
                .bridge(bridge -> bridge.poller(Pollers.fixedDelay(properties.pollInterval())
                        .maxMessagesPerPoll(1)
                        .taskExecutor(partitionThreads)
                        .transactional(remote.pollTransactions())))
                .channel(remote.workerRequests())
                .get();
        intake = flows.registration(takeRequests).id("songngu-worker-intake").register();
        return self;
    }

    /** What to do once the worker has left, given the partitions it executed. */
    void onLeaving(IntConsumer farewell) {
        this.farewell = farewell;
    }

    String id() {
        return self == null ? "(not started)" : self.id();
    }

    /** Blocks until the worker has left. */
    void awaitLeaving() throws InterruptedException {
        left.await();
    }

    /** On each partition the worker step starts: counts it, and skips one whose run is over. */
    StepExecutionListener guard() {
        return new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution stepExecution) {
                busy.incrementAndGet();
                JobExecution run = jobRepository.getJobExecution(stepExecution.getJobExecutionId());
                if (run == null || !run.isRunning()) {
                    // A request left by a run whose manager died and was recovered: nothing to do.
                    log.warn(
                            "partition {} belongs to run {}, which is over: skipped",
                            stepExecution.getStepName(),
                            stepExecution.getJobExecutionId());
                    stepExecution.setTerminateOnly();
                }
            }

            @Override
            public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
                executed.incrementAndGet();
                busy.decrementAndGet();
                return null;
            }
        };
    }

    /**
     * Checked by the worker step between chunks: while leaving, the thread gives its request back
     * and stops there, the partition's last chunk committed.
     */
    StepInterruptionPolicy interruptionPolicy() {
        return stepExecution -> {
            if (leaving) {
                handBack(stepExecution);
            }
            standardPolicy.checkInterrupted(stepExecution);
        };
    }

    private void handBack(StepExecution stepExecution) {
        Object holder = TransactionSynchronizationManager.getResource(remote.channelDatabase());
        if (holder instanceof ConnectionHolder connection) {
            try {
                // Ends the request's transaction in the database at once: the request is queued again.
                Connection taken = connection.getConnection();
                taken.abort(Runnable::run);
            } catch (Exception e) {
                log.debug("could not end the request's connection; the process's exit will", e);
            }
        }
        log.warn(
                "left {} after its last committed chunk: another worker goes on from there",
                stepExecution.getStepName());
        handedBack.incrementAndGet();
        while (true) {
            LockSupport.park(this);
        }
    }

    /** Joined by the {@code worker} command ({@link #join()}), never with the application. */
    @Override
    public boolean isAutoStartup() {
        return false;
    }

    @Override
    public void start() {}

    @Override
    public synchronized boolean isRunning() {
        return self != null && !leaving;
    }

    /** Stops first, before every other lifecycle (the flows, the web server) and before any bean is destroyed. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    /** Leaves: waits for the busy threads' current chunks, then unregisters. */
    @Override
    public void stop() {
        synchronized (this) {
            if (self == null || leaving) {
                return;
            }
            leaving = true;
        }
        if (intake != null) {
            intake.stop();
        }
        Instant limit = Instant.now().plus(LEAVE_LIMIT);
        try {
            while (busy.get() > handedBack.get() && Instant.now().isBefore(limit)) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        heartbeat.shutdownNow();
        try {
            workers.leave(self.id());
        } catch (RuntimeException e) {
            log.warn(
                    "could not unregister the worker (managers will drop it when its heartbeat stops): {}",
                    e.toString());
        }
        farewell.accept(executed.get());
        left.countDown();
    }

    @Override
    public void destroy() {
        stop();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
