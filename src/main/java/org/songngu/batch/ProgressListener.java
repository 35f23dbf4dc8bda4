package org.songngu.batch;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Counts stored articles into {@link RunProgress} and logs the progress every few seconds. Safe to
 * share between the partitions of a step; {@link Finish} closes the step's progress when the whole
 * step (every partition) is over.
 */
class ProgressListener implements ItemWriteListener<Object> {

    private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);
    private static final Duration LOG_EVERY = Duration.ofSeconds(10);

    private final RunProgress progress;
    private volatile Instant lastLog = Instant.EPOCH;

    ProgressListener(RunProgress progress) {
        this.progress = progress;
    }

    @Override
    public void afterWrite(Chunk<?> items) {
        progress.advance(items.size());
        Instant now = Instant.now();
        if (Duration.between(lastLog, now).compareTo(LOG_EVERY) >= 0) {
            lastLog = now;
            progress.current().ifPresent(snapshot -> log.info("{}", snapshot.describe()));
        }
    }

    /** Logs the final figures of a step and clears the progress. */
    static final class Finish implements StepExecutionListener {

        private final RunProgress progress;

        Finish(RunProgress progress) {
            this.progress = progress;
        }

        @Override
        public ExitStatus afterStep(StepExecution stepExecution) {
            progress.current().ifPresent(snapshot -> log.info("{} (done)", snapshot.describe()));
            progress.finish();
            return stepExecution.getExitStatus();
        }
    }
}
