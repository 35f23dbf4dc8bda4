package org.songngu.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Where the run in this process stands: the step, articles done of total, the rate and the time
 * left at that rate. Written by the job's listeners, read by the command line, the log and the page.
 */
@Component
public class RunProgress {

    private final AtomicReference<Snapshot> current = new AtomicReference<>();

    /** A step starts over {@code total} articles. */
    void start(String step, int total) {
        current.set(new Snapshot(step, 0, total, Instant.now(), Instant.now()));
    }

    /** {@code count} more articles of the current step are stored. */
    void advance(int count) {
        current.updateAndGet(snapshot -> snapshot == null
                ? null
                : new Snapshot(
                        snapshot.step(), snapshot.done() + count, snapshot.total(), snapshot.started(), Instant.now()));
    }

    /** {@code done} articles of the current step are stored, as counted elsewhere (remote workers). */
    void advanceTo(int done) {
        current.updateAndGet(snapshot -> snapshot == null || snapshot.done() == done
                ? snapshot
                : new Snapshot(snapshot.step(), done, snapshot.total(), snapshot.started(), Instant.now()));
    }

    void finish() {
        current.set(null);
    }

    /** The running step's progress, when a run is under way in this process. */
    public Optional<Snapshot> current() {
        return Optional.ofNullable(current.get());
    }

    /** Progress of one step of a run. */
    public record Snapshot(String step, int done, int total, Instant started, Instant updated) {

        /** Articles per second since the step started. */
        public double perSecond() {
            double seconds = Duration.between(started, updated).toMillis() / 1000.0;
            return seconds <= 0 ? 0 : done / seconds;
        }

        /** Time left at the rate so far; empty before the first article is done. */
        public Optional<Duration> remaining() {
            double rate = perSecond();
            return done == 0 || rate <= 0
                    ? Optional.empty()
                    : Optional.of(Duration.ofSeconds(Math.round((total - done) / rate)));
        }

        /** One line for people: {@code align: 120/1000 articles, 3.2/s, about 4 min left}. */
        public String describe() {
            String left = remaining()
                    .map(Snapshot::approximately)
                    .map(text -> ", about " + text + " left")
                    .orElse("");
            return String.format("%s: %d/%d articles, %.1f/s%s", step, done, total, perSecond(), left);
        }

        private static String approximately(Duration duration) {
            long seconds = duration.toSeconds();
            return seconds < 90 ? seconds + " s" : Math.round(seconds / 60.0) + " min";
        }
    }
}
