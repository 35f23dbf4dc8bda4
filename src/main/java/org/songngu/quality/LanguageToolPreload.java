package org.songngu.quality;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.languagetool.Language;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * Loads, on a thread of its own, the parts of LanguageTool that every French {@code JLanguageTool}
 * of the process shares, while the caller reads its settings and glossary and builds its own
 * {@code JLanguageTool}: the language, the default spelling rule LanguageTool's filters use (it
 * reads and tokenizes the 35,000 lines of the French speller's word lists, as long as the
 * {@code JLanguageTool}'s own spelling rule takes), the speller's dictionaries (built once per
 * process, kept by LanguageTool), the multi-word speller and the disambiguator. On a machine with
 * two cores this halves the wall-clock start of a short {@code check-french}; no work is done
 * twice: what is loaded here is what the first check would load itself.
 *
 * <p>At most one per process. A failure is left to the check, which meets it again and reports it.
 */
public final class LanguageToolPreload {

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
            SpellingCheckRule shared = french.getDefaultSpellingRule();
            if (shared != null) {
                // Builds the dictionaries of the speller (an automaton from the plain-text word lists),
                // which LanguageTool then keeps for every speller rule of the process.
                shared.isMisspelled("préchargement");
            }
            SPELLERS.complete(null);
            french.getMultitokenSpeller();
            french.getDisambiguator();
        } catch (Exception | LinkageError e) {
            SPELLERS.complete(null);
        }
    }

    /**
     * Waits until the speller's dictionaries are loaded, when a preload is under way, so that a
     * {@code JLanguageTool} being built does not build them a second time at the same moment.
     */
    static void awaitSpellers() {
        if (!started) {
            return;
        }
        try {
            SPELLERS.join();
        } catch (CompletionException e) {
            // never completed exceptionally
        }
    }
}
