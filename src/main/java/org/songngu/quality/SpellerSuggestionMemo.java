package org.songngu.quality;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.Rule;
import org.languagetool.rules.spelling.morfologik.MorfologikMultiSpeller;
import org.languagetool.rules.spelling.morfologik.MorfologikSpeller;
import org.languagetool.rules.spelling.morfologik.MorfologikSpellerRule;
import org.languagetool.rules.spelling.morfologik.WeightedSuggestion;

/**
 * Remembers the French speller's suggestions per word, shared by the workers of one checker.
 *
 * <p>Why: LanguageTool computes every suggestion of every misspelled word (its French filter reads
 * them all), by an edit-distance search of the dictionary that takes milliseconds per word, and
 * news repeats the same unknown words ("dôngs", acronyms) in sentence after sentence; that search
 * was the largest single cost of a check after the pattern rules. A word's suggestions depend only
 * on the word and the dictionary, so remembering them changes no finding (the benchmark compares
 * with plain LanguageTool sentence by sentence).
 *
 * <p>How: LanguageTool 6.6 has no hook for this. {@link #install} wraps the dictionary spellers
 * inside the speller rule of one {@code JLanguageTool} (private fields, reached by reflection).
 * When LanguageTool's internals differ, nothing is installed and checking goes on unchanged.
 */
final class SpellerSuggestionMemo {

    private static final String[] RULE_SPELLERS = {"speller1", "speller2", "speller3"};
    private static final String[] SPELLER_LISTS = {"spellers", "defaultDictSpellers", "userDictSpellers"};

    /**
     * Whether the current thread is a checker's worker. LanguageTool's filters share one speller
     * rule across the whole JVM ({@code Language.getDefaultSpellingRule()}); its wrapper answers
     * from the memo only on the checker's threads, so every other user of LanguageTool in the
     * process (the benchmark's plain baseline, another library) gets LanguageTool unchanged.
     */
    private static final ThreadLocal<Boolean> ON_CHECKER_THREAD = ThreadLocal.withInitial(() -> false);

    /** Words whose spelling each speller remembers: about 100 bytes a word. */
    static final int SPELLINGS = 20_000;

    private final int capacity;
    /** Per wrapped speller position (speller rule field, list index), the suggestions by word. */
    private final Map<String, Map<String, List<WeightedSuggestion>>> memos = new ConcurrentHashMap<>();
    /** Per wrapped speller position, whether each word asked about is misspelled. */
    private final Map<String, Map<String, Boolean>> spellings = new ConcurrentHashMap<>();

    private final LongAdder answered = new LongAdder();

    /** Makes the spellers' copies that search for suggestions (null: LanguageTool's own search). */
    private final SpellerCopies searchCopies = SpellerCopies.find();

    /**
     * @param capacity words remembered per dictionary speller; when a speller's memo is full it is
     *                 emptied, so a long-running checker follows the words of recent articles
     */
    SpellerSuggestionMemo(int capacity) {
        this.capacity = capacity;
    }

    /** Forgets every remembered suggestion and spelling (the spellers stay wrapped). */
    void forget() {
        memos.values().forEach(Map::clear);
        spellings.values().forEach(Map::clear);
    }

    /**
     * Wraps the dictionary spellers of {@code tool}'s active speller rules. Every {@code JLanguageTool}
     * given to one memo must be built with the same language and accepted words.
     *
     * @return whether the spellers were found and wrapped
     */
    boolean install(JLanguageTool tool) {
        boolean installed = false;
        try {
            for (Rule rule : tool.getAllActiveRules()) {
                if (rule instanceof MorfologikSpellerRule speller) {
                    speller.isMisspelled("initialise"); // the spellers are built on first use
                    installed |= wrap(speller);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException | java.io.IOException e) {
            System.getLogger(SpellerSuggestionMemo.class.getName())
                    .log(
                            System.Logger.Level.WARNING,
                            "speller suggestions are not remembered (LanguageTool's internals changed?): " + e);
            return false;
        }
        return installed;
    }

    /**
     * Wraps the dictionary spellers of the speller rule that LanguageTool's French filters share
     * ({@code FindSuggestionsFilter}, {@code InterrogativeVerbFilter}, ...: one per JVM, from
     * {@code Language.getDefaultSpellingRule()}). {@code FindSuggestionsFilter} asks it for the
     * suggestions of a deliberately misspelled form of a correct word ("lui" becomes "lUi") on
     * every match of rules such as {@code SUJET_AUXILIAIRE}, before it keeps or drops the match;
     * most of those matches are dropped, and the words are the same few pronouns and verbs
     * again and again: in a profile of plain LanguageTool on novels, 6–9 % of all CPU. Answers from
     * the memo only on the threads marked by {@link #markCheckerThread}.
     *
     * @return whether the spellers were found and wrapped (or were wrapped already)
     */
    boolean installShared(org.languagetool.Language language) {
        try {
            if (language.getDefaultSpellingRule() instanceof MorfologikSpellerRule speller) {
                synchronized (SpellerSuggestionMemo.class) {
                    speller.isMisspelled("initialise");
                    return wrap(speller, "shared/", SpellerCopies.find());
                }
            }
        } catch (ReflectiveOperationException | RuntimeException | java.io.IOException e) {
            System.getLogger(SpellerSuggestionMemo.class.getName())
                    .log(
                            System.Logger.Level.WARNING,
                            "shared speller suggestions are not remembered (LanguageTool's internals changed?): " + e);
        }
        return false;
    }

    /** Marks the calling thread as a checker's worker: the shared speller's wrapper serves it from the memo. */
    static void markCheckerThread() {
        ON_CHECKER_THREAD.set(true);
    }

    /** Whether the calling thread is a checker's worker ({@link #markCheckerThread}). */
    static boolean onCheckerThread() {
        return ON_CHECKER_THREAD.get();
    }

    private boolean wrap(MorfologikSpellerRule rule) throws ReflectiveOperationException {
        return wrap(rule, "", null);
    }

    /**
     * @param copies for the shared rule: makes each checker thread its own copy of every speller,
     *               so that the threads do not queue on one speller's monitor; null for none
     */
    private boolean wrap(MorfologikSpellerRule rule, String prefix, SpellerCopies copies)
            throws ReflectiveOperationException {
        boolean wrapped = false;
        for (String ruleField : RULE_SPELLERS) {
            Object multi = field(MorfologikSpellerRule.class, ruleField).get(rule);
            if (!(multi instanceof MorfologikMultiSpeller)) {
                continue;
            }
            // One original speller sits in several lists; it gets one wrapper.
            Map<MorfologikSpeller, MorfologikSpeller> wrappers = new IdentityHashMap<>();
            for (String listField : SPELLER_LISTS) {
                Field field = field(MorfologikMultiSpeller.class, listField);
                @SuppressWarnings("unchecked")
                List<MorfologikSpeller> spellers = (List<MorfologikSpeller>) field.get(multi);
                List<MorfologikSpeller> replaced = new ArrayList<>(spellers.size());
                for (int i = 0; i < spellers.size(); i++) {
                    MorfologikSpeller original = spellers.get(i);
                    String key = prefix + rule.getId() + "/" + ruleField + "/" + listField + "/" + i;
                    replaced.add(
                            original instanceof Memoizing
                                    ? original
                                    : wrappers.computeIfAbsent(
                                            original,
                                            speller -> new Memoizing(
                                                    rule.getFileName(),
                                                    speller,
                                                    memo(key),
                                                    spellings.computeIfAbsent(key, k -> new ConcurrentHashMap<>()),
                                                    !prefix.isEmpty(),
                                                    copies)));
                }
                field.set(multi, List.copyOf(replaced));
                wrapped |= !replaced.isEmpty();
            }
        }
        return wrapped;
    }

    private Map<String, List<WeightedSuggestion>> memo(String key) {
        return memos.computeIfAbsent(key, k -> new ConcurrentHashMap<>());
    }

    /** How many words have their suggestions remembered, over all spellers. */
    int size() {
        return memos.values().stream().mapToInt(Map::size).sum();
    }

    /** How many words have their spelling remembered, over all spellers. */
    int spellings() {
        return spellings.values().stream().mapToInt(Map::size).sum();
    }

    /** How many suggestion lists were answered from the memo. */
    long answered() {
        return answered.sum();
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }

    /**
     * A dictionary speller that answers {@link #getSuggestions} from the memo, and delegates the
     * rest. It must override every public method of {@link MorfologikSpeller} (a test checks it):
     * the superclass it is built as is not the speller it stands for.
     */
    final class Memoizing extends MorfologikSpeller {

        private final MorfologikSpeller original;
        private final Map<String, List<WeightedSuggestion>> memo;
        private final Map<String, Boolean> spelling;
        private final boolean checkerThreadsOnly;
        /** Per checker thread, its own copy of the original (null: every thread uses the original). */
        private final ThreadLocal<MorfologikSpeller> ownCopy;
        /** Answers the words not remembered yet: the original's search, with quicker comparisons. */
        private final MorfologikSpeller searcher;

        /**
         * @param dictionary a binary dictionary for the superclass; the original does the work
         * @param spelling the memo of whether words are misspelled
         * @param checkerThreadsOnly whether other threads get the original's answer, unremembered
         * @param copies makes each checker thread's copy of the original; null to share the original
         */
        Memoizing(
                String dictionary,
                MorfologikSpeller original,
                Map<String, List<WeightedSuggestion>> memo,
                Map<String, Boolean> spelling,
                boolean checkerThreadsOnly,
                SpellerCopies copies) {
            super(dictionary, 1);
            this.original = original;
            this.memo = memo;
            this.spelling = spelling;
            this.checkerThreadsOnly = checkerThreadsOnly;
            this.ownCopy = copies == null ? null : ThreadLocal.withInitial(() -> copies.copyOf(original));
            this.searcher = searchCopies == null ? original : searchCopies.searchCopyOf(original);
        }

        /**
         * The speller that answers this thread's look-ups: on a checker thread its own copy when
         * there is one, else the original. {@code MorfologikSpeller.isMisspelled} and
         * {@code getFrequency} hold the speller's monitor (morfologik's speller keeps state between
         * calls), so a speller shared by every thread is one lock on every check's hot path.
         */
        MorfologikSpeller delegate() {
            return ownCopy != null && ON_CHECKER_THREAD.get() ? ownCopy.get() : original;
        }

        @Override
        public List<WeightedSuggestion> getSuggestions(String word) {
            if (checkerThreadsOnly && !ON_CHECKER_THREAD.get()) {
                return original.getSuggestions(word);
            }
            List<WeightedSuggestion> known = memo.get(word);
            if (known == null) {
                known = List.copyOf(searcher.getSuggestions(word));
                if (memo.size() >= capacity) {
                    memo.clear();
                }
                memo.put(word, known);
            } else {
                answered.increment();
            }
            // LanguageTool's callers may add to the list they get.
            return new ArrayList<>(known);
        }

        /**
         * Remembered too: LanguageTool asks it for every word of every sentence (the speller rule)
         * and for every suggestion its filters test, and the answer depends only on the word and the
         * dictionary.
         */
        @Override
        public boolean isMisspelled(String word) {
            if (checkerThreadsOnly && !ON_CHECKER_THREAD.get()) {
                return original.isMisspelled(word);
            }
            Boolean known = spelling.get(word);
            if (known == null) {
                known = delegate().isMisspelled(word);
                if (spelling.size() >= SPELLINGS) {
                    spelling.clear();
                }
                spelling.put(word, known);
            }
            return known;
        }

        @Override
        public List<String> findReplacements(String word) {
            return delegate().findReplacements(word);
        }

        @Override
        public List<String> findSimilarWords(String word) {
            return delegate().findSimilarWords(word);
        }

        @Override
        public morfologik.speller.Speller getSpeller() {
            return delegate().getSpeller();
        }

        @Override
        public boolean convertsCase() {
            return original.convertsCase();
        }

        @Override
        public int getFrequency(String word) {
            return delegate().getFrequency(word);
        }

        @Override
        public String toString() {
            return original.toString();
        }
    }
}
