package org.songngu.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.songngu.glossary.TermPair;

/**
 * Word translations learned from a whole stored corpus, not from the batch being aligned: the
 * aligner's model of a language pair. Aligning a document with it ({@link Aligner#align(DocumentPair,
 * CorpusLexicon)}) depends only on the document and this lexicon, so the same lexicon gives the same
 * beads whatever else is aligned in the same run. Immutable and thread-safe.
 */
public final class CorpusLexicon {

    private final Lexicon lexicon;

    private CorpusLexicon(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A lexicon of the given links (source word, target word), as {@link #forEachLink} gave them. */
    public static CorpusLexicon of(Iterable<Map.Entry<String, String>> links) {
        return new CorpusLexicon(Lexicon.of(links));
    }

    /** Calls {@code consumer} with every link (source word, target word): what storage keeps. */
    public void forEachLink(BiConsumer<String, String> consumer) {
        lexicon.forEachLink(consumer);
    }

    /** Number of links. */
    public int size() {
        return lexicon.size();
    }

    Lexicon lexicon() {
        return lexicon;
    }

    /**
     * A learner that takes sentence pairs until it holds {@code budget} word-pair occurrences (the
     * product of the two sentences' word counts, summed): IBM Model 1's memory is about 4 bytes per
     * occurrence plus 48 per distinct pair, so the budget bounds the memory of learning whatever the
     * size of the corpus.
     */
    public static Learner learner(AlignerSettings settings, long budget) {
        return new Learner(settings, budget);
    }

    /** Collects weighted training pairs within a budget, then learns. Not thread-safe. */
    public static final class Learner {

        private final AlignerSettings settings;
        private final long budget;
        private final SentenceText.WordPool words = new SentenceText.WordPool();
        private final Map<String, Integer> sourceIds = new HashMap<>();
        private final Map<String, Integer> targetIds = new HashMap<>();
        private final List<int[]> sources = new ArrayList<>();
        private final List<int[]> targets = new ArrayList<>();
        private double[] weights = new double[1024];
        private long occurrences;

        private Learner(AlignerSettings settings, long budget) {
            if (budget < 1) {
                throw new IllegalArgumentException("budget must be positive, not " + budget);
            }
            this.settings = settings;
            this.budget = budget;
        }

        /**
         * Adds a translated sentence pair (a reviewed one weighing more than a guessed one).
         *
         * @return false, and nothing added, when the pair would take the learner past its budget
         */
        public boolean add(String source, String target, double weight) {
            if (!(weight > 0)) {
                throw new IllegalArgumentException("weight must be positive, not " + weight);
            }
            int[] s = ids(SentenceText.of(source, words).words(), sourceIds);
            int[] t = ids(SentenceText.of(target, words).words(), targetIds);
            long cost = (long) s.length * t.length;
            if (occurrences + cost > budget) {
                return false;
            }
            occurrences += cost;
            if (sources.size() == weights.length) {
                weights = Arrays.copyOf(weights, weights.length * 2);
            }
            weights[sources.size()] = weight;
            sources.add(s);
            targets.add(t);
            return true;
        }

        /** Sentence pairs taken so far. */
        public int pairs() {
            return sources.size();
        }

        /** Word-pair occurrences taken so far. */
        public long occurrences() {
            return occurrences;
        }

        /**
         * The lexicon of the pairs taken, with the glossary's term pairs added as training pairs of
         * weight {@code glossaryWeight} (the glossary acts as a prior, as in {@link CorpusModel}).
         */
        public CorpusLexicon learn(List<TermPair> glossary, double glossaryWeight) {
            for (TermPair pair : glossary) {
                for (String source : pair.source()) {
                    for (String target : pair.target()) {
                        if (sources.size() == weights.length) {
                            weights = Arrays.copyOf(weights, weights.length * 2);
                        }
                        weights[sources.size()] = glossaryWeight;
                        sources.add(ids(SentenceText.of(source, words).words(), sourceIds));
                        targets.add(ids(SentenceText.of(target, words).words(), targetIds));
                    }
                }
            }
            return new CorpusLexicon(Lexicon.learn(
                    sources,
                    targets,
                    Arrays.copyOf(weights, sources.size()),
                    sourceIds,
                    targetIds,
                    settings.lexiconIterations(),
                    settings.lexiconThreshold()));
        }

        private static int[] ids(List<String> sentence, Map<String, Integer> ids) {
            int[] result = new int[sentence.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = ids.computeIfAbsent(sentence.get(i), k -> ids.size());
            }
            return result;
        }
    }
}
