package org.songngu.align;

import java.util.concurrent.Semaphore;

/**
 * Bounds the memory of the band searches that hold their tables at the same time, across every
 * aligner of the JVM. One search may take up to {@link Aligner#MAX_TABLE_BYTES} (360 MiB);
 * documents are searched in parallel (both pairs of an article, the articles of several
 * partitions), so two such searches at once would need twice that. A search waits here until its
 * tables fit, in arrival order
 * (a fair semaphore, so that a large search is not overtaken forever by small ones), and a search
 * larger than the whole budget runs alone. Only when a search runs changes, never what it finds:
 * the beads do not depend on the budget.
 */
final class BandBudget {

    /** The JVM's budget: one search of the largest band the aligner allows. */
    static final BandBudget SHARED = new BandBudget(Aligner.MAX_TABLE_BYTES);

    /** Permits are kibibytes, so that a budget of gigabytes fits a semaphore's int. */
    private static final int UNIT = 1024;

    private final int total;
    private final Semaphore free;

    BandBudget(long bytes) {
        if (bytes < UNIT || bytes / UNIT > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a budget of " + bytes + " bytes");
        }
        this.total = (int) (bytes / UNIT);
        this.free = new Semaphore(this.total, true);
    }

    /** Waits until {@code bytes} fit in the budget (all of it for a larger search) and takes them. */
    Lease take(long bytes) {
        int taken = (int) Math.max(1, Math.min((bytes + UNIT - 1) / UNIT, total));
        free.acquireUninterruptibly(taken);
        return () -> free.release(taken);
    }

    /** Bytes not taken at the moment (in whole kibibytes). */
    long available() {
        return (long) free.availablePermits() * UNIT;
    }

    /** Memory taken by one search, given back when it ends. */
    interface Lease extends AutoCloseable {
        @Override
        void close();
    }
}
