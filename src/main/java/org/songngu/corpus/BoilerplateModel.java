package org.songngu.corpus;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The learned half of boilerplate removal: the paragraphs that recur across the articles of one
 * run, per language. A paragraph is site chrome when it appears in at least
 * {@code max(chromeMinArticles, ceil(chromeMinShare × articles of that language))} different
 * articles and is at most {@code chromeMaxChars} long. On five articles that means "in two of
 * them"; on a thousand, "in twenty", so a caption two reports happen to share is kept.
 * Paragraphs are compared by {@link #key}, ignoring case only: numbered lines ("Điều 1",
 * "Điều 2") are different lines, and counters that change are the patterns' business. Immutable and thread-safe.
 */
public final class BoilerplateModel {

    /** Per language, the 64-bit hashes of the chrome paragraphs' keys. */
    private final Map<Language, Set<Long>> chrome;

    private BoilerplateModel(Map<Language, Set<Long>> chrome) {
        this.chrome = chrome;
    }

    /** The model {@link #hashes} describe: the same model, rebuilt elsewhere (a worker process). */
    public static BoilerplateModel ofHashes(Map<Language, Set<Long>> hashes) {
        Map<Language, Set<Long>> chrome = new EnumMap<>(Language.class);
        hashes.forEach((language, keys) -> chrome.put(language, Set.copyOf(keys)));
        return new BoilerplateModel(chrome);
    }

    /** The chrome paragraphs' key hashes per language: all the model holds, to store and rebuild it. */
    public Map<Language, Set<Long>> hashes() {
        Map<Language, Set<Long>> copy = new EnumMap<>(Language.class);
        chrome.forEach((language, keys) -> {
            if (!keys.isEmpty()) {
                copy.put(language, keys);
            }
        });
        return copy;
    }

    /** A model that knows no chrome: for one article read on its own. */
    public static BoilerplateModel empty() {
        return new BoilerplateModel(Map.of());
    }

    /** Learns the chrome of {@code articles}, all the articles of one run. */
    public static BoilerplateModel learn(Collection<RawArticle> articles, IngestSettings settings) {
        Learner learner = new Learner(settings);
        articles.forEach(learner::add);
        return learner.learn();
    }

    /**
     * Learns the chrome of a run one article at a time, so that the articles need not be held
     * together: it keeps a count per distinct short paragraph, by a 64-bit hash of its key (about 16
     * bytes each, whatever the paragraph's length; two different paragraphs share a hash with a
     * chance of about one in 10^19 per pair). Not thread-safe.
     */
    public static final class Learner {

        private final IngestSettings settings;
        private final Map<Language, HashCounts> counts = new EnumMap<>(Language.class);
        private final Map<Language, Integer> articles = new EnumMap<>(Language.class);

        public Learner(IngestSettings settings) {
            this.settings = settings;
        }

        /** Counts the short paragraphs of one article, once each per language version. */
        public void add(RawArticle article) {
            for (RawVersion version : article.versions().values()) {
                add(version.language(), version.paragraphs());
            }
        }

        /** Counts the short paragraphs of one page in {@code language}: a harvested page has no article yet. */
        public void add(Language language, List<String> paragraphs) {
            articles.merge(language, 1, Integer::sum);
            Set<Long> keys = new HashSet<>();
            for (String paragraph : paragraphs) {
                if (paragraph.length() <= settings.chromeMaxChars()) {
                    keys.add(hash(key(paragraph)));
                }
            }
            HashCounts languageCounts = counts.computeIfAbsent(language, k -> new HashCounts());
            keys.forEach(languageCounts::increment);
        }

        public BoilerplateModel learn() {
            Map<Language, Set<Long>> chrome = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                int articleCount = articles.getOrDefault(language, 0);
                int threshold = Math.max(
                        settings.chromeMinArticles(), (int) Math.ceil(settings.chromeMinShare() * articleCount));
                HashCounts languageCounts = counts.get(language);
                chrome.put(language, languageCounts == null ? Set.of() : Set.copyOf(languageCounts.atLeast(threshold)));
            }
            return new BoilerplateModel(chrome);
        }
    }

    /** Open-addressing counts by 64-bit key, without boxing; 0 marks an empty slot (a hash of 0 becomes 1). */
    private static final class HashCounts {
        private long[] keys = new long[1024];
        private int[] values = new int[1024];
        private int size;

        void increment(long key) {
            int slot = find(keys, key);
            if (keys[slot] == 0) {
                keys[slot] = key;
                size++;
            }
            values[slot]++;
            if (size * 2 > keys.length) {
                grow();
            }
        }

        Set<Long> atLeast(int threshold) {
            Set<Long> result = new HashSet<>();
            for (int slot = 0; slot < keys.length; slot++) {
                if (keys[slot] != 0 && values[slot] >= threshold) {
                    result.add(keys[slot]);
                }
            }
            return result;
        }

        private static int find(long[] keys, long key) {
            int mask = keys.length - 1;
            int slot = (int) ((key ^ (key >>> 32)) & mask);
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            for (int slot = 0; slot < oldKeys.length; slot++) {
                if (oldKeys[slot] != 0) {
                    int target = find(keys, oldKeys[slot]);
                    keys[target] = oldKeys[slot];
                    values[target] = oldValues[slot];
                }
            }
        }
    }

    /** Whether {@code paragraph} was learned as chrome in {@code language}. */
    public boolean isChrome(Language language, String paragraph) {
        Set<Long> keys = chrome.get(language);
        return keys != null && keys.contains(hash(key(paragraph)));
    }

    /** How many distinct chrome paragraphs were learned in {@code language}. */
    public int size(Language language) {
        return chrome.getOrDefault(language, Set.of()).size();
    }

    /** FNV-1a over the key's characters, then mixed; never 0 (the empty slot of the counts). */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /** The comparison key of a normalised paragraph: its lower case. */
    static String key(String paragraph) {
        return paragraph.toLowerCase(Locale.ROOT);
    }
}
