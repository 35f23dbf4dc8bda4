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
        return learner.learn(() -> articles.forEach(learner::add));
    }

    /**
     * Learns the chrome of a run one article at a time, so that the articles need not be held
     * together, in memory that does not grow with the number of articles. A paragraph is known by a
     * 64-bit hash of its key (two different paragraphs share one with a chance of about one in 10^19
     * per pair). The first pass keeps a bounded count per short paragraph ({@link HeavyHitters}):
     * every paragraph frequent enough to be chrome is sure to survive it, so its survivors are the
     * only candidates; when that count had to forget paragraphs and some candidate's count is not
     * exact enough to decide, {@link #learn} has the articles added once more and counts those
     * candidates exactly. The model is exactly the one an exact count of every paragraph gives. Not
     * thread-safe.
     */
    public static final class Learner {

        private final IngestSettings settings;
        private final Map<Language, HeavyHitters> counts = new EnumMap<>(Language.class);
        private final Map<Language, Integer> articles = new EnumMap<>(Language.class);
        /** During the second pass: the undecided candidates' exact counts, per language. */
        private Map<Language, HashCounts> recount;

        private boolean learned;

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
            Set<Long> keys = new HashSet<>();
            for (String paragraph : paragraphs) {
                if (paragraph.length() <= settings.chromeMaxChars()) {
                    keys.add(hash(key(paragraph)));
                }
            }
            if (recount != null) {
                HashCounts exact = recount.get(language);
                if (exact != null) {
                    keys.forEach(exact::incrementIfPresent);
                }
                return;
            }
            int seen = articles.merge(language, 1, Integer::sum);
            // The threshold only rises as articles come, so what it is now bounds what it will be.
            int thresholdSoFar = threshold(seen);
            HeavyHitters languageCounts = counts.computeIfAbsent(language, k -> new HeavyHitters());
            keys.forEach(key -> languageCounts.offer(key, thresholdSoFar));
        }

        /**
         * The chrome of every page added. {@code addAllAgain} adds every page once more, the same
         * pages as the first time; it is called only when the bounded count cannot decide on its own.
         */
        public BoilerplateModel learn(Runnable addAllAgain) {
            if (learned) {
                throw new IllegalStateException("learn is called once");
            }
            learned = true;
            Map<Language, Set<Long>> chrome = new EnumMap<>(Language.class);
            Map<Language, HashCounts> undecided = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                HeavyHitters languageCounts = counts.get(language);
                Set<Long> sure = new HashSet<>();
                if (languageCounts != null) {
                    int threshold = threshold(articles.get(language));
                    HashCounts open = new HashCounts();
                    languageCounts.forEach((key, lowerBound) -> {
                        if (lowerBound >= threshold) {
                            sure.add(key);
                        } else if (lowerBound + languageCounts.rounds() >= threshold) {
                            open.put(key, 0);
                        }
                    });
                    if (open.size() > 0) {
                        undecided.put(language, open);
                    }
                }
                chrome.put(language, sure);
            }
            if (!undecided.isEmpty()) {
                recount = undecided;
                addAllAgain.run();
                undecided.forEach((language, exact) -> {
                    int threshold = threshold(articles.get(language));
                    exact.forEach((key, count) -> {
                        if (count >= threshold) {
                            chrome.get(language).add(key);
                        }
                    });
                });
            }
            Map<Language, Set<Long>> frozen = new EnumMap<>(Language.class);
            chrome.forEach((language, keys) -> frozen.put(language, Set.copyOf(keys)));
            return new BoilerplateModel(frozen);
        }

        /** The most paragraphs the bounded count of {@code language} tracked at once: for tests. */
        int capacity(Language language) {
            HeavyHitters languageCounts = counts.get(language);
            return languageCounts == null ? 0 : languageCounts.capacity();
        }

        private int threshold(int articleCount) {
            return Math.max(settings.chromeMinArticles(), (int) Math.ceil(settings.chromeMinShare() * articleCount));
        }
    }

    /**
     * The Misra-Gries count of the paragraphs of one language, one occurrence per article: a table
     * of at most {@code capacity} paragraphs; a paragraph not in a full table costs one round that
     * takes one from every count and drops the counts that reach 0. A paragraph's count is then at
     * most its true count and at least that minus the number of rounds, so a paragraph in more
     * articles than there were rounds is still in the table at the end. The table grows instead of
     * running a round when the rounds would reach the chrome threshold of the articles seen so far,
     * which only rises: every paragraph at or above the final threshold survives. That keeps the
     * capacity near (short paragraphs per article) / chromeMinShare once the share decides the
     * threshold: it does not grow with the number of articles.
     */
    private static final class HeavyHitters {
        private HashCounts table = new HashCounts();
        private int capacity = 512;
        private int rounds;

        void offer(long key, int thresholdSoFar) {
            if (table.incrementIfPresent(key)) {
                return;
            }
            if (table.size() < capacity) {
                table.put(key, 1);
            } else if (rounds + 1 < thresholdSoFar) {
                // This paragraph's occurrence and one of every tracked paragraph's are dropped together.
                rounds++;
                HashCounts kept = new HashCounts();
                table.forEach((tracked, count) -> {
                    if (count > 1) {
                        kept.put(tracked, count - 1);
                    }
                });
                table = kept;
            } else {
                capacity *= 2;
                table.put(key, 1);
            }
        }

        int rounds() {
            return rounds;
        }

        int capacity() {
            return capacity;
        }

        void forEach(HashCounts.Visitor visitor) {
            table.forEach(visitor);
        }
    }

    /** Open-addressing counts by 64-bit key, without boxing; 0 marks an empty slot (a hash of 0 becomes 1). */
    private static final class HashCounts {
        private long[] keys = new long[1024];
        private int[] values = new int[1024];
        private int size;

        interface Visitor {
            void visit(long key, int count);
        }

        int size() {
            return size;
        }

        void put(long key, int count) {
            int slot = find(keys, key);
            if (keys[slot] == 0) {
                keys[slot] = key;
                size++;
            }
            values[slot] = count;
            if (size * 2 > keys.length) {
                grow();
            }
        }

        /** Adds one to {@code key}'s count if it has one; whether it had. */
        boolean incrementIfPresent(long key) {
            int slot = find(keys, key);
            if (keys[slot] == 0) {
                return false;
            }
            values[slot]++;
            return true;
        }

        void forEach(Visitor visitor) {
            for (int slot = 0; slot < keys.length; slot++) {
                if (keys[slot] != 0) {
                    visitor.visit(keys[slot], values[slot]);
                }
            }
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
