package org.songngu.quality;

import java.util.concurrent.CompletableFuture;

import org.languagetool.Language;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * Loads, on a thread of its own, parts of LanguageTool that every French {@code JLanguageTool} of
 * the process shares: the language and the default spelling rule LanguageTool's filters use (it
 * reads and tokenizes the 35,000 lines of the French speller's word lists) while the caller reads
 * its settings and glossary; then the speller's dictionaries (an automaton built from the word
 * lists, once per process, kept by LanguageTool) while the caller builds its {@code JLanguageTool}.
 * Nothing is done twice: this is what building the first {@code JLanguageTool} and installing the
 * suggestion memo would load themselves, one after the other.
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
    private static volatile boolean started;

    private LanguageToolPreload() {
    }

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
            SpellingCheckRule shared;
            synchronized (french) {
                shared = french.getDefaultSpellingRule();
            }
            SPELLING_RULE.complete(null);
            if (shared != null) {
                // Builds the speller's dictionaries, which LanguageTool then keeps for every speller rule.
                shared.isMisspelled("préchargement");
            }
        } catch (Exception | LinkageError e) {
            // The check meets it again and reports it.
        } finally {
            SPELLING_RULE.complete(null);
            SPELLERS.complete(null);
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
