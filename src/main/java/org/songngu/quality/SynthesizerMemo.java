package org.songngu.quality;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import org.languagetool.AnalyzedToken;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.Rule;
import org.languagetool.rules.fr.FindSuggestionsFilter;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.synthesis.BaseSynthesizer;
import org.languagetool.synthesis.Synthesizer;

/**
 * Remembers the answers of LanguageTool's French synthesizer (the forms of a lemma with a
 * part-of-speech tag), shared by the checker's threads.
 *
 * <p>Why: LanguageTool's synthesizer, asked for the forms whose tag matches a regular expression
 * (the suggestions of pattern rules, {@code FindSuggestionsFilter}), compiles the expression and
 * tries it on each of the dictionary's 300 tags at every call, then looks up each matching tag in
 * its dictionary under the synthesizer's lock. In a profile of the checker's threads that was 3.7 %
 * of their CPU on news and 8.5 % on novels, asked again and again for the same few lemmas and
 * tags. The answer depends only on the lemma, the tag and the immutable dictionary (except for the
 * tags that spell out the token's number, never remembered), so remembering it changes no finding.
 *
 * <p>How: the memo stands in for the language's synthesizer ({@code Language.setSynthesizer},
 * public; nothing in LanguageTool 6.6's core or French casts the language's synthesizer to a class,
 * checked in their bytecode), which pattern rules and most filters ask. {@code FindSuggestionsFilter}
 * asks {@code FrenchSynthesizer.INSTANCE} directly: the pattern rules that run it get the same
 * filter asking the memo instead ({@link FindSuggestionsFromMemo}). Only the checker's threads
 * ({@link SpellerSuggestionMemo#markCheckerThread}) are answered from the memo; every other user of
 * LanguageTool in the process (the benchmark's plain baseline) gets the synthesizer's own answer.
 * When the language's synthesizer is not LanguageTool's {@link BaseSynthesizer} answering as
 * expected, nothing is installed (one warning) and the check goes on unchanged.
 */
final class SynthesizerMemo implements Synthesizer {

    /**
     * Answers remembered: a few hundred bytes each (the question and a few forms; estimated, not
     * measured), a few MB at most; when full the memo is emptied, so a long-running checker follows
     * recent articles.
     */
    static final int REMEMBERED_ANSWERS = 20_000;

    /**
     * The tags whose answer LanguageTool makes from the token's text, not its lemma (a number
     * spelled out: {@code BaseSynthesizer.SPELLNUMBER_TAG} and its variants): never remembered.
     */
    static final String SPELL_NUMBER_TAG = "_spell_number_";

    private static final AtomicBoolean WARNED = new AtomicBoolean();

    /** Which of the synthesizer's methods a question went to. */
    enum Call {
        TAG,
        EXACT_TAG,
        TAG_REGEXP
    }

    record Question(String lemma, String posTag, Call call) {}

    /** A call to the wrapped synthesizer. */
    private interface Ask {
        String[] answer() throws IOException;
    }

    private final Synthesizer original;
    private final int capacity;
    private final Map<Question, String[]> answers = new ConcurrentHashMap<>();
    private final LongAdder answered = new LongAdder();
    private volatile FindSuggestionsFromMemo findSuggestions;

    /**
     * @param original a synthesizer whose answer depends only on the lemma and the tag ({@link #answersByLemma})
     * @param capacity answers remembered at most
     */
    SynthesizerMemo(Synthesizer original, int capacity) {
        this.original = original;
        this.capacity = capacity;
    }

    /**
     * Puts a memo in front of {@code language}'s synthesizer (once per language), and makes the
     * pattern rules of {@code tool} that run {@code FindSuggestionsFilter} ask it.
     *
     * @return the language's memo, or null (after one warning) when its synthesizer is not as expected
     */
    static SynthesizerMemo install(Language language, JLanguageTool tool) {
        SynthesizerMemo memo = forLanguage(language);
        if (memo != null) {
            memo.answerFindSuggestions(tool);
        }
        return memo;
    }

    /** The memo in front of {@code language}'s synthesizer, put there now if needed; or null (warned). */
    static SynthesizerMemo forLanguage(Language language) {
        // Language.getSynthesizer holds the language's monitor: setting it under the same one
        // makes every thread's next getSynthesizer see the memo.
        synchronized (language) {
            Synthesizer current = language.getSynthesizer();
            if (current instanceof SynthesizerMemo memo) {
                return memo;
            }
            if (!answersByLemma(current)) {
                warn("the synthesizer "
                        + (current == null ? null : current.getClass().getName())
                        + " is not LanguageTool's BaseSynthesizer as expected");
                return null;
            }
            SynthesizerMemo memo = new SynthesizerMemo(current, REMEMBERED_ANSWERS);
            language.setSynthesizer(memo);
            return memo;
        }
    }

    /** Empties the memo in front of {@code language}'s synthesizer, if there is one (the benchmark's passes). */
    static void forget(Language language) {
        if (language.getSynthesizer() instanceof SynthesizerMemo memo) {
            memo.forget();
        }
    }

    /**
     * Whether {@code synthesizer}'s answers depend only on the lemma and the tag, as LanguageTool
     * 6.6's {@link BaseSynthesizer} makes them: it is one, and does not answer in a way of its own
     * (its French subclass only says which forms are exceptions, by the form alone).
     */
    static boolean answersByLemma(Synthesizer synthesizer) {
        if (!(synthesizer instanceof BaseSynthesizer)) {
            return false;
        }
        Class<?> type = synthesizer.getClass();
        return declaredByBase(type, "synthesize", AnalyzedToken.class, String.class)
                && declaredByBase(type, "synthesize", AnalyzedToken.class, String.class, boolean.class)
                && declaredByBase(type, "synthesizeForPosTags", String.class, Predicate.class)
                && declaredByBase(type, "lookup", String.class, String.class)
                && declaredByBase(type, "removeExceptions", String[].class);
    }

    /** Whether the method {@code type} runs for that signature is {@link BaseSynthesizer}'s own. */
    private static boolean declaredByBase(Class<?> type, String name, Class<?>... parameters) {
        for (Class<?> owner = type; owner != null; owner = owner.getSuperclass()) {
            try {
                Method method = owner.getDeclaredMethod(name, parameters);
                return method.getDeclaringClass() == BaseSynthesizer.class;
            } catch (NoSuchMethodException e) {
                // declared higher up, if anywhere
            }
        }
        return false;
    }

    private static void warn(String why) {
        if (WARNED.compareAndSet(false, true)) {
            System.getLogger(SynthesizerMemo.class.getName())
                    .log(
                            System.Logger.Level.WARNING,
                            "the synthesizer's answers are not remembered (LanguageTool's internals changed?): " + why);
        }
    }

    /**
     * Gives the pattern rules of {@code tool} that run LanguageTool's {@code FindSuggestionsFilter}
     * a copy of it that asks this memo. The rules are the language's (shared by its tools); the copy
     * answers every other thread as the filter does.
     */
    void answerFindSuggestions(JLanguageTool tool) {
        FindSuggestionsFromMemo filter = findSuggestions;
        if (filter == null) {
            try {
                filter = new FindSuggestionsFromMemo(this);
            } catch (IOException | RuntimeException e) {
                warn("cannot build FindSuggestionsFilter: " + e);
                return;
            }
            findSuggestions = filter;
        }
        for (Rule rule : tool.getAllRules()) {
            if (rule instanceof AbstractPatternRule pattern
                    && pattern.getFilter() != null
                    && pattern.getFilter().getClass() == FindSuggestionsFilter.class) {
                pattern.setFilter(filter);
            }
        }
    }

    /** The synthesizer this memo stands for. */
    Synthesizer original() {
        return original;
    }

    /** Forgets every remembered answer. */
    void forget() {
        answers.clear();
    }

    /** How many answers are remembered. */
    int size() {
        return answers.size();
    }

    /** How many answers came from the memo. */
    long answered() {
        return answered.sum();
    }

    @Override
    public String[] synthesize(AnalyzedToken token, String posTag) throws IOException {
        if (!remembers(posTag, false)) {
            return original.synthesize(token, posTag);
        }
        return answer(new Question(token.getLemma(), posTag, Call.TAG), () -> original.synthesize(token, posTag));
    }

    @Override
    public String[] synthesize(AnalyzedToken token, String posTag, boolean posTagRegExp) throws IOException {
        if (!remembers(posTag, posTagRegExp)) {
            return original.synthesize(token, posTag, posTagRegExp);
        }
        Question question = new Question(token.getLemma(), posTag, posTagRegExp ? Call.TAG_REGEXP : Call.EXACT_TAG);
        return answer(question, () -> original.synthesize(token, posTag, posTagRegExp));
    }

    /**
     * Whether this thread's question is answered from the memo: on a checker's thread, unless the
     * answer is made from the token's text (an exact tag spelling out a number).
     */
    private static boolean remembers(String posTag, boolean regexp) {
        return SpellerSuggestionMemo.onCheckerThread()
                && posTag != null
                && (regexp || !posTag.startsWith(SPELL_NUMBER_TAG));
    }

    private String[] answer(Question question, Ask ask) throws IOException {
        String[] known = answers.get(question);
        if (known == null) {
            String[] computed = ask.answer();
            if (computed == null) {
                return null;
            }
            known = computed.clone();
            if (answers.size() >= capacity) {
                answers.clear();
            }
            answers.put(question, known);
        } else {
            answered.increment();
        }
        // LanguageTool's callers may change the array they get.
        return known.clone();
    }

    @Override
    public String getPosTagCorrection(String posTag) {
        return original.getPosTagCorrection(posTag);
    }

    @Override
    public String getSpelledNumber(String arabicNumeral) {
        return original.getSpelledNumber(arabicNumeral);
    }

    @Override
    public String getTargetPosTag(List<String> posTags, String targetPosTag) {
        return original.getTargetPosTag(posTags, targetPosTag);
    }

    @Override
    public String toString() {
        return "SynthesizerMemo[" + original + "]";
    }

    /**
     * LanguageTool's {@code FindSuggestionsFilter}, which asks {@code FrenchSynthesizer.INSTANCE}
     * for the forms of its suggestions: asks the memo instead when that is what the memo stands for
     * (the memo answers other threads from the synthesizer itself). Everything else is the filter's.
     */
    static final class FindSuggestionsFromMemo extends FindSuggestionsFilter {

        private final SynthesizerMemo memo;

        FindSuggestionsFromMemo(SynthesizerMemo memo) throws IOException {
            this.memo = memo;
        }

        @Override
        protected Synthesizer getSynthesizer() {
            Synthesizer own = super.getSynthesizer();
            return own == memo.original() ? memo : own;
        }
    }
}
