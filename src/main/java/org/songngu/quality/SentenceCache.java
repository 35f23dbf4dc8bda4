package org.songngu.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of already checked sentences, least recently used first out. The key is the
 * sentence text together with the name spans it was checked with, so that a sentence checked
 * with other accepted names is checked again. Thread-safe.
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

    static String key(String sentence, List<Span> names) {
        StringBuilder key = new StringBuilder(sentence.length() + 8 * names.size() + 1).append(sentence).append('\0');
        names.forEach(name -> key.append(name.start()).append('-').append(name.end()).append(','));
        return key.toString();
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
