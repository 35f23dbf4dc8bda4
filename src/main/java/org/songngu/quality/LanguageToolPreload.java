package org.songngu.quality;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * Loads, on a thread of its own, parts of LanguageTool that every French {@code JLanguageTool} of
 * the process shares: the language and the default spelling rule LanguageTool's filters use (it
 * reads and tokenizes the 35,000 lines of the French speller's word lists) while the caller reads
 * its settings and glossary; then the speller's dictionaries (an automaton built from the word
 * lists, once per process, kept by LanguageTool) while the caller builds its {@code JLanguageTool}.
 * Nothing is done twice: this is what building the first {@code JLanguageTool} and installing the
 * suggestion memo would load themselves, one after the other. Then the pattern rules and the
 * analysis (tagger, disambiguator), which the language keeps too: the checker's {@code JLanguageTool}
 * finds the rules parsed, and its first check the analysis loaded. And the word lists' tokens, which
 * both speller rules compute, are computed once, or read from the last run's
 * ({@link TokenizerMemo}, {@link TokenizerMemoFile}).
 *
 * <p>LanguageTool's own locks decide the order. {@code Language.getPatternRules()} holds the
 * language's monitor while it creates the default spelling rule, and that rule's creation takes the
 * monitor again for every line it tokenizes: a thread creating the rule outside the monitor while
 * another loads the pattern rules deadlocks (seen). So the rule is created here inside the monitor,
 * and a {@code JLanguageTool} is built only once it exists ({@link #awaitSpellingRule}); the
 * dictionaries take no lock of the language.
 *
 * <p>At most one per process. A failure is left to the check, which meets it again and reports it.
 */
public final class LanguageToolPreload {

    private static final CompletableFuture<Void> SPELLING_RULE = new CompletableFuture<>();
    private static final CompletableFuture<Void> SPELLERS = new CompletableFuture<>();
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
            LanguageToolCacheFile.Contents cached = file == null
                    ? LanguageToolCacheFile.Contents.EMPTY
                    : file.read().contents();
            TokenizerMemo memo = TokenizerMemo.install(french, cached.tokens());
            SpellerDictionaries.restore(cached.dictionaries());
            AtomicReference<SpellingCheckRule> rule = new AtomicReference<>();
            TokenizerMemo.record(() -> {
                synchronized (french) {
                    rule.set(french.getDefaultSpellingRule());
                }
            });
            SPELLING_RULE.complete(null);
            SpellingCheckRule shared = rule.get();
            if (shared != null) {
                // Builds the speller's dictionaries (unless restored), which LanguageTool then keeps for every speller
                // rule.
                shared.isMisspelled("préchargement");
            }
            SPELLERS.complete(null);
            loadPatternRules(french);
            loadAnalysis(french);
            if (file != null) {
                Map<String, byte[]> dictionaries = SpellerDictionaries.saved();
                if (memo.grew()
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
            SAVED.complete(null);
        }
    }

    /**
     * LanguageTool's pattern rules (its {@code grammar.xml}, 9 MB of XML), which the language keeps
     * once parsed for every {@code JLanguageTool} built after: the largest part of building one.
     * Loaded here, the checker's {@code JLanguageTool} finds them ready. {@code getPatternRules} is
     * not public in LanguageTool 6.6: when it cannot be called, the {@code JLanguageTool} loads them
     * itself, as before.
     */
    private static void loadPatternRules(Language french) {
        try {
            Method patternRules = Language.class.getDeclaredMethod("getPatternRules");
            patternRules.setAccessible(true);
            patternRules.invoke(french);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // The JLanguageTool meets a failure again and reports it.
        }
    }

    /**
     * The analysis every check starts with, which LanguageTool loads at the first sentence: the
     * sentence tokenizer, the tagger's dictionary, the disambiguator's rules and multi-word lists
     * (all kept by the language and shared by its {@code JLanguageTool}s). A sentence is tagged and
     * disambiguated once here, while the checker builds its own rules on another thread.
     */
    private static void loadAnalysis(Language french) {
        try {
            analyse(french);
        } catch (IOException | RuntimeException e) {
            // The check meets a failure again and reports it.
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
        french.getSynthesizer();
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
     * Waits until the speller's dictionaries are loaded, when a preload is under way, so that a
     * {@code JLanguageTool} being built does not build them a second time at the same moment.
     */
    static void awaitSpellers() {
        if (started) {
            SPELLERS.join();
        }
    }
}
