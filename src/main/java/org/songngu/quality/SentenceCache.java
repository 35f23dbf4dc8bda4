package org.songngu.quality;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The findings of already checked sentences, at most {@code capacity} of them. The key is the
 * sentence as LanguageTool reads it ({@link MaskedSentence#text()}, names masked) and the findings
 * are in its positions, so sentences that differ only in their names share one entry.
 *
 * <p>Thread-safe without a lock: every worker and every article reads it, so a synchronized LRU
 * map (whose reads reorder it) would serialise them. Two generations instead: entries go into the
 * young map; when it holds half the capacity it becomes the old one and the oldest generation is
 * dropped; a hit in the old map is copied into the young one. Recently used sentences therefore
 * stay, as in an LRU, and the size stays under the capacity. A race at a generation switch can at
 * worst lose an entry, which only means checking that sentence again.
 */
final class SentenceCache {

    private final int capacity;
    private volatile Map<String, List<QualityFinding>> young = new ConcurrentHashMap<>();
    private volatile Map<String, List<QualityFinding>> old = new ConcurrentHashMap<>();

    SentenceCache(int capacity) {
        this.capacity = capacity;
    }

    /** The cached findings (numbered as sentence 0), or null. */
    List<QualityFinding> get(String key) {
        if (capacity == 0) {
            return null;
        }
        List<QualityFinding> found = young.get(key);
        if (found == null) {
            found = old.get(key);
            if (found != null) {
                put(key, found);
            }
        }
        return found;
    }

    void put(String key, List<QualityFinding> findings) {
        if (capacity == 0) {
            return;
        }
        Map<String, List<QualityFinding>> current = young;
        current.put(key, List.copyOf(findings));
        if (current.size() >= Math.max(1, capacity / 2)) {
            switchGenerations(current);
        }
    }

    private void switchGenerations(Map<String, List<QualityFinding>> full) {
        // Only the thread that sees the full map still young switches; others go on.
        synchronized (this) {
            if (young == full) {
                old = full;
                young = new ConcurrentHashMap<>();
            }
        }
    }

    /** How many distinct sentences it holds (an entry in both generations counts once). */
    int size() {
        Map<String, List<QualityFinding>> current = young;
        return current.size()
                + (int) old.keySet().stream()
                        .filter(key -> !current.containsKey(key))
                        .count();
    }

    synchronized void clear() {
        young = new ConcurrentHashMap<>();
        old = new ConcurrentHashMap<>();
    }
}
