package org.songngu.batch;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The largest heap in use right after a full garbage collection: what the program really keeps,
 * unlike the plain peak, which says more about the collector's pacing than about the program (G1
 * lets garbage build up in the old generation until close to half the heap). Listens to the
 * collectors' notifications from {@link #start} on. Full collections are rare in a healthy run, so
 * a benchmark may ask for a probe: a full collection every few seconds (property
 * {@code songngu.heap-probe-seconds}; it costs a pause each time, so it is for measuring only).
 */
final class HeapWatch {

    /** The system property that turns the probe on: seconds between two full collections. */
    static final String PROBE_PROPERTY = "songngu.heap-probe-seconds";

    private static final AtomicLong PEAK_AFTER_FULL_GC = new AtomicLong();
    private static final AtomicLong PEAK_AFTER_ANY_GC = new AtomicLong();
    private static volatile boolean started;

    private HeapWatch() {}

    /** Starts listening (once per process), and the probe when {@link #PROBE_PROPERTY} is set. */
    static synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toUnmodifiableSet());
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(
                        (notification, handback) -> {
                            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                                    notification.getType())) {
                                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                                        (CompositeData) notification.getUserData());
                                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                        .filter(pool -> heapPools.contains(pool.getKey()))
                                        .mapToLong(pool -> pool.getValue().getUsed())
                                        .sum();
                                PEAK_AFTER_ANY_GC.accumulateAndGet(used, Math::max);
                                if (info.getGcAction().contains("major")) {
                                    PEAK_AFTER_FULL_GC.accumulateAndGet(used, Math::max);
                                }
                            }
                        },
                        null,
                        null);
            }
        }
        int probe = Integer.getInteger(PROBE_PROPERTY, 0);
        if (probe > 0) {
            Thread prober = new Thread(
                    () -> {
                        try {
                            while (true) {
                                Thread.sleep(probe * 1000L);
                                System.gc();
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    },
                    "songngu-heap-probe");
            prober.setDaemon(true);
            prober.start();
        }
    }

    /** {@code 412 MB after a full GC} (or after any GC, when no full one ran) since {@link #start}. */
    static String describe() {
        long full = PEAK_AFTER_FULL_GC.get();
        return full > 0
                ? megabytes(full) + " MB after a full GC"
                : megabytes(PEAK_AFTER_ANY_GC.get()) + " MB after a GC (no full GC ran)";
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
