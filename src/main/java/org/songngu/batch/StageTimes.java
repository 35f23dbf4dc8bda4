package org.songngu.batch;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Where a run's time goes, stage by stage, summed over all articles and threads: what the
 * end-to-end benchmark and the {@code run} command report. A remote run's manager adds the time
 * its workers' partitions recorded.
 */
@Component
public class StageTimes {

    /**
     * The stages of the pipeline, in order. {@code LANGUAGETOOL_START_UP} is the time articles
     * waited for the French checker's start-up at the beginning of a run, kept out of the check's.
     */
    public enum Stage {
        INGEST,
        SEGMENT,
        LANGUAGETOOL_START_UP,
        FRENCH_CHECK,
        MODEL,
        ALIGN,
        STORE
    }

    /** Where a remote partition records its stage times (nanoseconds by stage, comma-separated). */
    static final String PARTITION_TIMES = "stageNanos";

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    /** The time of the partition the thread executes, when it is counted apart (remote workers). */
    private final ThreadLocal<long[]> partition = new ThreadLocal<>();

    public StageTimes() {
        for (Stage stage : Stage.values()) {
            nanos.put(stage, new LongAdder());
        }
    }

    /** Runs {@code work} and adds its duration to {@code stage}. */
    <T> T time(Stage stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            long spent = System.nanoTime() - start;
            nanos.get(stage).add(spent);
            long[] counted = partition.get();
            if (counted != null) {
                counted[stage.ordinal()] += spent;
            }
        }
    }

    void time(Stage stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    /** The time spent so far in each stage. */
    public Map<Stage, Duration> snapshot() {
        Map<Stage, Duration> times = new EnumMap<>(Stage.class);
        nanos.forEach((stage, total) -> times.put(stage, Duration.ofNanos(total.sum())));
        return times;
    }

    /**
     * {@code ingest 1.2 s, segment 0.4 s, ...}: thread time, so stages run in parallel can add up to more than the run.
     */
    public String describe() {
        StringBuilder line = new StringBuilder();
        snapshot()
                .forEach((stage, duration) -> line.append(line.length() == 0 ? "" : ", ")
                        .append(stage.name().toLowerCase().replace('_', ' '))
                        .append(' ')
                        .append(String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0)));
        return line.toString();
    }

    /** Starts counting apart the time this thread spends, until {@link #endPartition}. */
    void startPartition() {
        partition.set(new long[Stage.values().length]);
    }

    /** The time this thread spent since {@link #startPartition}, by stage ordinal; counting apart ends. */
    long[] endPartition() {
        long[] counted = partition.get();
        partition.remove();
        return counted == null ? new long[Stage.values().length] : counted;
    }

    /**
     * On a worker step: counts the time of each partition apart and adds it to the partition's
     * execution context ({@link #PARTITION_TIMES}), where the run's manager finds it
     * ({@link #addPartitions}).
     */
    StepExecutionListener partitionTimes() {
        return new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution stepExecution) {
                startPartition();
            }

            @Override
            public ExitStatus afterStep(StepExecution stepExecution) {
                long[] spent = endPartition();
                // A partition executed again (its first worker left) adds to what it recorded before.
                long[] before = parse(stepExecution.getExecutionContext().getString(PARTITION_TIMES, ""));
                for (int i = 0; i < spent.length && i < before.length; i++) {
                    spent[i] += before[i];
                }
                stepExecution
                        .getExecutionContext()
                        .putString(
                                PARTITION_TIMES,
                                Arrays.stream(spent).mapToObj(Long::toString).collect(Collectors.joining(",")));
                return null;
            }
        };
    }

    /** Adds the time the partitions recorded ({@link #partitionTimes}) to this process's. */
    void addPartitions(List<StepExecution> partitions) {
        partitions.forEach(
                partition -> add(parse(partition.getExecutionContext().getString(PARTITION_TIMES, ""))));
    }

    private static long[] parse(String recorded) {
        if (recorded.isEmpty()) {
            return new long[Stage.values().length];
        }
        return Arrays.stream(recorded.split(",")).mapToLong(Long::parseLong).toArray();
    }

    /** Adds time spent elsewhere (a remote run's workers), by stage ordinal. */
    void add(long[] byStage) {
        for (Stage stage : Stage.values()) {
            if (stage.ordinal() < byStage.length) {
                nanos.get(stage).add(byStage[stage.ordinal()]);
            }
        }
    }

    void reset() {
        nanos.values().forEach(LongAdder::reset);
    }
}
