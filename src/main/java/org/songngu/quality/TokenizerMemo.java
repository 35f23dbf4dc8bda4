package org.songngu.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.Language;
import org.languagetool.tokenizers.Tokenizer;

/**
 * LanguageTool's French word tokenizer, remembering what it answered while LanguageTool started.
 *
 * <p>Why: every French speller rule, when it is created, runs the word tokenizer (a dozen regular
 * expressions and a dictionary look-up per hyphenated word) over each of the 36,000 lines of the
 * speller's word lists, to find the multi-word entries; a process creates two such rules (the
 * checker's, with its accepted words, and the default one LanguageTool's filters use), and that
 * tokenizing was the largest part of a short {@code check-french}'s CPU. The lines and their
 * tokens are the same in every run of one LanguageTool, so they are remembered: the second rule
 * reads them from memory, and {@link TokenizerMemoFile} keeps them for the next run.
 *
 * <p>It changes no finding: an answer from memory is what this tokenizer returned for the same
 * text (the file is keyed by LanguageTool's version and dictionaries); any other text is tokenized.
 * Only texts tokenized on a thread that {@link #record records} are remembered (start-up, not the
 * checked sentences), at most {@link #LIMIT}.
 */
final class TokenizerMemo implements Tokenizer {

    /** Texts remembered at most: the French word lists are 36,000 lines. */
    static final int LIMIT = 100_000;

    /** Longest text remembered: word-list lines are a few words. */
    static final int LONGEST = 1_000;

    private static final ThreadLocal<Boolean> RECORDING = ThreadLocal.withInitial(() -> false);

    private final Tokenizer tokenizer;
    private final Map<String, String[]> known = new ConcurrentHashMap<>();
    private volatile boolean added;

    TokenizerMemo(Tokenizer tokenizer, Map<String, List<String>> remembered) {
        this.tokenizer = tokenizer;
        remembered.forEach((text, tokens) -> known.put(text, tokens.toArray(String[]::new)));
    }

    /**
     * Puts a memo with {@code remembered} in front of {@code language}'s word tokenizer, or returns
     * the one already there (whose memory is kept).
     */
    static TokenizerMemo install(Language language, Map<String, List<String>> remembered) {
        // Language's getter is synchronized and its setter not: set under the same monitor.
        synchronized (language) {
            if (language.getWordTokenizer() instanceof TokenizerMemo memo) {
                return memo;
            }
            TokenizerMemo memo = new TokenizerMemo(language.getWordTokenizer(), remembered);
            language.setWordTokenizer(memo);
            return memo;
        }
    }

    /** Runs {@code work} with this thread's tokenizing remembered. */
    static void record(Runnable work) {
        boolean before = RECORDING.get();
        RECORDING.set(true);
        try {
            work.run();
        } finally {
            RECORDING.set(before);
        }
    }

    @Override
    public List<String> tokenize(String text) {
        String[] tokens = known.get(text);
        if (tokens != null) {
            // A fresh mutable list, as the tokenizer returns one.
            return new ArrayList<>(Arrays.asList(tokens));
        }
        List<String> result = tokenizer.tokenize(text);
        if (RECORDING.get() && text.length() <= LONGEST && known.size() < LIMIT) {
            known.put(text, result.toArray(String[]::new));
            added = true;
        }
        return result;
    }

    /** Whether texts were remembered beyond those given at construction. */
    boolean grew() {
        return added;
    }

    /** What it remembers, for {@link TokenizerMemoFile}. */
    Map<String, List<String>> remembered() {
        Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
        known.forEach((text, tokens) -> copy.put(text, List.of(tokens)));
        return copy;
    }

    /** The tokenizer it answers for. */
    Tokenizer tokenizer() {
        return tokenizer;
    }
}
