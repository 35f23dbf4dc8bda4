package org.songngu.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Request latencies in nanoseconds, kept exactly (a bounded array per recorder) and sorted once to
 * read percentiles. One recorder per thread: not thread-safe; {@link #merge} joins them afterwards.
 */
final class Latencies {

    private long[] nanos;
    private int count;
    private final int capacity;

    Latencies(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, not " + capacity);
        }
        this.capacity = capacity;
        this.nanos = new long[Math.min(capacity, 4096)];
    }

    /** Records one latency; false (nothing recorded) when the recorder is full. */
    boolean record(long latencyNanos) {
        if (latencyNanos < 0) {
            throw new IllegalArgumentException("a latency cannot be negative: " + latencyNanos);
        }
        if (count == capacity) {
            return false;
        }
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, (int) Math.min(capacity, 2L * nanos.length));
        }
        nanos[count++] = latencyNanos;
        return true;
    }

    int count() {
        return count;
    }

    /** All recorders' latencies in one, sorted. */
    static Sorted merge(List<Latencies> recorders) {
        long[] all = new long[recorders.stream().mapToInt(Latencies::count).sum()];
        int at = 0;
        for (Latencies recorder : recorders) {
            System.arraycopy(recorder.nanos, 0, all, at, recorder.count);
            at += recorder.count;
        }
        Arrays.sort(all);
        return new Sorted(all);
    }

    /** Sorted latencies; percentiles by the nearest-rank method (p99 is the value 99 % of requests do not exceed). */
    record Sorted(long[] nanos) {

        long percentile(double p) {
            if (!(p > 0 && p <= 100)) {
                throw new IllegalArgumentException("a percentile is in (0, 100], not " + p);
            }
            if (nanos.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100 * nanos.length);
            return nanos[Math.max(rank, 1) - 1];
        }

        long max() {
            return nanos.length == 0 ? 0 : nanos[nanos.length - 1];
        }

        int count() {
            return nanos.length;
        }

        /** "p50 12.3 ms, p95 ..., p99 ..., max ..." */
        String summary() {
            return String.format(
                    java.util.Locale.ROOT,
                    "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                    millis(percentile(50)),
                    millis(percentile(95)),
                    millis(percentile(99)),
                    millis(max()));
        }

        private static double millis(long nanos) {
            return nanos / 1e6;
        }
    }
}
