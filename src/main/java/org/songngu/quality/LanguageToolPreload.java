package org.songngu.quality;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.rules.patterns.PatternRuleLoader;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * Loads, on a thread of its own, parts of LanguageTool that every French {@code JLanguageTool} of
 * the process shares: the language and the default spelling rule LanguageTool's filters use (it
 * reads and tokenizes the 35,000 lines of the French speller's word lists) while the caller reads
 * its settings and glossary; then the speller's dictionaries (an automaton built from the word
 * lists, once per process, kept by LanguageTool) while the caller builds its {@code JLanguageTool}.
 * Nothing is done twice: this is what building the first {@code JLanguageTool} and installing the
 * suggestion memo would load themselves, one after the other. Then the pattern rules and, at the
 * same time on a third thread, the analysis (tagger, disambiguator), which the language keeps too:
 * the checker's {@code JLanguageTool} finds the rules parsed ({@link #awaitPatternRules}), and its
 * first check the analysis loaded. And the word lists' tokens, which
 * both speller rules compute, are computed once, or read from the last run's
 * ({@link TokenizerMemo}, {@link TokenizerMemoFile}).
 *
 * <p>LanguageTool's own locks decide the order. {@code Language.getPatternRules()} holds the
 * language's monitor while it creates the default spelling rule, and that rule's creation takes the
 * monitor again for every line it tokenizes: a thread creating the rule outside the monitor while
 * another loads the pattern rules deadlocks (seen). So the rule is created here inside the monitor,
 * and a {@code JLanguageTool} is built only once it exists ({@link #awaitSpellingRule}); the
 * dictionaries take no lock of the language. {@code getPatternRules()} also holds that monitor for
 * the whole parse of {@code grammar.xml} (the longest part of the start), which kept every other
 * thread out of the language meanwhile (seen in a profile: the analysis and the checker's build
 * waited for it, one after the other); so the rules are parsed here without the monitor, with the
 * loader LanguageTool itself uses, and handed to the language under it
 * ({@link #loadPatternRules}).
 *
 * <p>At most one per process. A failure is left to the check, which meets it again and reports it.
 */
public final class LanguageToolPreload {

    private static final CompletableFuture<Void> SPELLING_RULE = new CompletableFuture<>();
    private static final CompletableFuture<Void> SPELLERS = new CompletableFuture<>();
    private static final CompletableFuture<Void> PATTERN_RULES = new CompletableFuture<>();
    private static final CompletableFuture<Void> SAVED = new CompletableFuture<>();

    /** How long the end of a command waits for the cache file being written. */
    private static final long SAVE_WAIT_SECONDS = 30;

    private static volatile boolean started;

    private LanguageToolPreload() {}

    /** Starts loading (once per process); returns at once. */
    public static synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        Thread thread = new Thread(LanguageToolPreload::load, "languagetool-preload");
        thread.setDaemon(true);
        thread.start();
    }

    private static void load() {
        try {
            Language french = FrenchChecker.sharedFrench();
            LanguageToolCacheFile file = LanguageToolCacheFile.forUser();
            // The user's file, else the one the build shipped in the jar (a first run), else nothing.
            LanguageToolCacheFile.Loaded own =
                    file == null ? LanguageToolCacheFile.Loaded.none("no home folder") : file.read();
            LanguageToolCacheFile.Contents cached = own.problem() == null
                    ? own.contents()
                    : LanguageToolCacheFile.shipped(file == null ? LanguageToolCacheFile.languageToolKey() : file.key())
                            .contents();
            TokenizerMemo memo = loadSpelling(french, cached, () -> SPELLING_RULE.complete(null));
            SPELLERS.complete(null);
            // On the other core, while this thread parses the rules: neither holds the language's monitor for long.
            Thread analysis = new Thread(() -> loadAnalysis(french), "languagetool-analysis");
            analysis.setDaemon(true);
            analysis.start();
            loadPatternRules(french);
            PATTERN_RULES.complete(null);
            if (file != null) {
                Map<String, byte[]> dictionaries = SpellerDictionaries.saved();
                // Also when the user's file was missing or damaged: the next run then reads its own
                // file, whatever the jar ships, and a damaged one is replaced.
                if (own.problem() != null
                        || memo.grew()
                        || !dictionaries.keySet().equals(cached.dictionaries().keySet())) {
                    // While the checker builds its own LanguageTool, which reads the same tokens from memory.
                    file.write(new LanguageToolCacheFile.Contents(memo.remembered(), dictionaries));
                }
            }
        } catch (Exception | LinkageError e) {
            // The check meets it again and reports it.
        } finally {
            SPELLING_RULE.complete(null);
            SPELLERS.complete(null);
            PATTERN_RULES.complete(null);
            SAVED.complete(null);
        }
    }

    /**
     * The start-up {@link LanguageToolCacheFile} keeps: the word tokenizer's memo (given {@code
     * cached}'s tokens), the default spelling rule (created under the language's monitor, see the
     * class comment; {@code ruleCreated} runs once it exists) and the speller's dictionaries it
     * builds, unless {@code cached} restored them, which LanguageTool then keeps for every speller rule.
     *
     * @return the memo, which holds every word-list line tokenized
     */
    static TokenizerMemo loadSpelling(Language french, LanguageToolCacheFile.Contents cached, Runnable ruleCreated)
            throws IOException {
        TokenizerMemo memo = TokenizerMemo.install(french, cached.tokens());
        SpellerDictionaries.restore(cached.dictionaries());
        AtomicReference<SpellingCheckRule> rule = new AtomicReference<>();
        TokenizerMemo.record(() -> {
            synchronized (french) {
                rule.set(french.getDefaultSpellingRule());
            }
        });
        ruleCreated.run();
        SpellingCheckRule shared = rule.get();
        if (shared != null) {
            shared.isMisspelled("préchargement");
        }
        return memo;
    }

    /**
     * LanguageTool's pattern rules (its {@code grammar.xml}, 9 MB of XML, and {@code style.xml}),
     * which the language keeps once parsed for every {@code JLanguageTool} built after: the largest
     * part of building one. Loaded here, the checker's {@code JLanguageTool} finds them ready.
     *
     * <p>Parsed as {@code Language.getPatternRules()} parses them (the same files, loader and order),
     * but outside the language's monitor, then stored in its private field under the monitor when
     * no other thread has stored them first; so the analysis loads meanwhile. When that field or a
     * file cannot be reached, {@code getPatternRules} itself is called (protected in LanguageTool 6.6:
     * by reflection), which parses under the monitor as before; when that fails too, the {@code
     * JLanguageTool} parses them itself and reports a failure.
     */
    static void loadPatternRules(Language french) {
        try {
            Field field = Language.class.getDeclaredField("patternRules");
            field.setAccessible(true);
            List<AbstractPatternRule> rules = parsePatternRules(french);
            if (rules != null) {
                synchronized (french) {
                    if (field.get(french) == null) {
                        field.set(french, Collections.unmodifiableList(rules));
                    }
                }
                return;
            }
        } catch (ReflectiveOperationException | IOException | RuntimeException e) {
            // LanguageTool's own method below.
        }
        try {
            Method patternRules = Language.class.getDeclaredMethod("getPatternRules");
            patternRules.setAccessible(true);
            patternRules.invoke(french);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // The JLanguageTool meets a failure again and reports it.
        }
    }

    /** The rules of the language's rule files, or null when one is not a resource (LanguageTool then reads a file). */
    private static List<AbstractPatternRule> parsePatternRules(Language french) throws IOException {
        List<AbstractPatternRule> rules = new ArrayList<>();
        PatternRuleLoader loader = new PatternRuleLoader();
        for (String fileName : french.getRuleFileNames()) {
            try (InputStream in = JLanguageTool.getDataBroker().getAsStream(fileName)) {
                if (in == null) {
                    return null;
                }
                rules.addAll(loader.getRules(in, fileName, french));
            }
        }
        return rules;
    }

    /**
     * The analysis every check starts with, which LanguageTool loads at the first sentence: the
     * sentence tokenizer, the tagger's dictionary, the disambiguator's rules and multi-word lists
     * (all kept by the language and shared by its {@code JLanguageTool}s; and the checker's parse of
     * the disambiguation rules, {@link NarrowedFrenchDisambiguator#rules}). A sentence is tagged and
     * disambiguated once here, while this preload parses the pattern rules on another thread. Then
     * the multi-word speller, which LanguageTool keeps in a static field and reads from its word
     * lists when the first misspelling wants suggestions: more than half of the checker's first
     * check in a profile (its warm-up sentence), on the path to the answer.
     */
    private static void loadAnalysis(Language french) {
        try {
            analyse(french);
        } catch (IOException | RuntimeException | LinkageError e) {
            // The check meets a failure again and reports it (not this thread's uncaught-exception trace on stderr).
        }
    }

    private static void analyse(Language french) throws IOException {
        french.getSentenceTokenizer().tokenize(FrenchChecker.WARM_UP_TEXT);
        List<String> words = french.getWordTokenizer().tokenize(FrenchChecker.WARM_UP_TEXT);
        List<AnalyzedTokenReadings> tagged = french.getTagger().tag(words);
        AnalyzedTokenReadings[] tokens = new AnalyzedTokenReadings[tagged.size() + 1];
        tokens[0] = new AnalyzedTokenReadings(
                new AnalyzedToken[] {new AnalyzedToken("", JLanguageTool.SENTENCE_START_TAGNAME, null)}, 0);
        int position = 0;
        for (int i = 0; i < tagged.size(); i++) {
            tagged.get(i).setStartPos(position);
            position += tagged.get(i).getToken().length();
            tokens[i + 1] = tagged.get(i);
        }
        french.getDisambiguator().disambiguate(new AnalyzedSentence(tokens));
        // The checker's own copy of the disambiguation rules, which each of its tools narrows.
        NarrowedFrenchDisambiguator.rules(french);
        french.getSynthesizer();
        french.getMultitokenSpeller();
    }

    /**
     * Waits (at most half a minute) until the preload is over, the cache file included, when one
     * was started: a command ends its JVM when done, and a file written for the next run should
     * not be lost because the check was short.
     */
    public static void finish() {
        if (!started) {
            return;
        }
        try {
            SAVED.get(SAVE_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // Not written: the next run computes it again.
        }
    }

    /** Waits until the default spelling rule exists, when a preload is under way (see the class comment). */
    static void awaitSpellingRule() {
        if (started) {
            SPELLING_RULE.join();
        }
    }

    /**
     * Waits until the pattern rules are parsed, when a preload is under way: they are parsed
     * outside the language's monitor ({@link #loadPatternRules}), so a {@code JLanguageTool} built
     * meanwhile would parse them a second time.
     */
    static void awaitPatternRules() {
        if (started) {
            PATTERN_RULES.join();
        }
    }

    /**
     * Waits until the speller's dictionaries are loaded, when a preload is under way, so that a
     * {@code JLanguageTool} being built does not build them a second time at the same moment.
     */
    static void awaitSpellers() {
        if (started) {
            SPELLERS.join();
        }
    }
}
