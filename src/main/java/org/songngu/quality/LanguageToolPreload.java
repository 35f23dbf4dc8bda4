package org.songngu.quality;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.languagetool.Language;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * Loads, on a thread of its own, parts of LanguageTool that every French {@code JLanguageTool} of
 * the process shares: the language and the default spelling rule LanguageTool's filters use (it
 * reads and tokenizes the 35,000 lines of the French speller's word lists) while the caller reads
 * its settings and glossary; then the speller's dictionaries (an automaton built from the word
 * lists, once per process, kept by LanguageTool) while the caller builds its {@code JLanguageTool}.
 * Nothing is done twice: this is what building the first {@code JLanguageTool} and installing the
 * suggestion memo would load themselves, one after the other. And the word lists' tokens, which
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
