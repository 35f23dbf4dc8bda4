package org.songngu.batch;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Where a run's time goes, stage by stage, summed over all articles and threads: what the
 * end-to-end benchmark and the {@code run} command report.
 */
@Component
public class StageTimes {

    /**
     * The stages of the pipeline, in order. {@code LANGUAGETOOL_START_UP} is the time articles
     * waited for the French checker's start-up at the beginning of a run, kept out of the check's.
     */
    public enum Stage {
        INGEST, SEGMENT, LANGUAGETOOL_START_UP, FRENCH_CHECK, MODEL, ALIGN, STORE
    }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

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
            nanos.get(stage).add(System.nanoTime() - start);
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

    /** {@code ingest 1.2 s, segment 0.4 s, ...}: thread time, so stages run in parallel can add up to more than the run. */
    public String describe() {
        StringBuilder line = new StringBuilder();
        snapshot().forEach((stage, duration) -> line.append(line.length() == 0 ? "" : ", ")
                .append(stage.name().toLowerCase().replace('_', ' ')).append(' ')
                .append(String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0)));
        return line.toString();
    }

    void reset() {
        nanos.values().forEach(LongAdder::reset);
    }
}
