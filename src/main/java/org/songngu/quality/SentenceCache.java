package org.songngu.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of already checked sentences, least recently used first out. The key is the
 * sentence as LanguageTool reads it ({@link MaskedSentence#text()}, names masked) and the findings
 * are in its positions, so sentences that differ only in their names share one entry.
 * Thread-safe.
 */
final class SentenceCache {

    private final int capacity;
    private final Map<String, List<QualityFinding>> entries;

    SentenceCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<QualityFinding>> eldest) {
                return size() > SentenceCache.this.capacity;
            }
        };
    }

    /** The cached findings (numbered as sentence 0), or null. */
    synchronized List<QualityFinding> get(String key) {
        return capacity == 0 ? null : entries.get(key);
    }

    synchronized void put(String key, List<QualityFinding> findings) {
        if (capacity > 0) {
            entries.put(key, List.copyOf(findings));
        }
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized void clear() {
        entries.clear();
    }
}
