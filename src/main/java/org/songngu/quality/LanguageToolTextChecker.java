package org.songngu.quality;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.UserConfig;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.RuleMatch;

/**
 * A {@link TextChecker} over one {@link JLanguageTool} (not thread-safe: one per thread). The
 * accepted words are given when the instance is built, through {@link UserConfig}, and never
 * changed afterwards.
 */
final class LanguageToolTextChecker implements TextChecker {

    /**
     * Misspelled words whose suggestions each dictionary speller remembers: news repeats a small
     * set of unknown words; at 1–3 KB a word over six spellers, at most about 30 MB.
     */
    static final int REMEMBERED_WORDS = 2_000;

    private final JLanguageTool tool;
    private volatile long deadlineNanos = Long.MAX_VALUE;

    LanguageToolTextChecker(
            Language french,
            QualitySettings settings,
            Collection<String> acceptedWords,
            SpellerSuggestionMemo suggestions) {
        // Not while the preload creates the rule the pattern rules need: LanguageTool would deadlock.
        LanguageToolPreload.awaitSpellingRule();
        // Nor while it parses the pattern rules without the language's monitor: they would be parsed twice.
        LanguageToolPreload.awaitPatternRules();
        this.tool = buildPreFiltering(french, settings, acceptedWords);
        // Installing the memo builds the speller's dictionaries: once per process, by the preload if one runs.
        LanguageToolPreload.awaitSpellers();
        suggestions.install(tool);
        suggestions.installShared(french);
        SharedDefaultTool.install(french);
        SynthesizerMemo.install(french, tool);
        ThreadConfinedFilters.install(tool);
        // LanguageTool asks before each sentence; past the deadline it stops and we drop the result.
        tool.setCheckCancelledCallback(() ->
                System.nanoTime() - deadlineNanos > 0 || Thread.currentThread().isInterrupted());
    }

    /** A plain {@link JLanguageTool} with the rules and accepted words of {@code settings}. */
    static JLanguageTool build(Language french, QualitySettings settings, Collection<String> acceptedWords) {
        return configure(new JLanguageTool(french, null, userConfig(acceptedWords)), settings, acceptedWords);
    }

    /**
     * The same, skipping on each sentence the pattern rules ({@link RuleConditions}) and the
     * disambiguation rules ({@link NarrowedFrenchDisambiguator}) that cannot match it.
     */
    static JLanguageTool buildPreFiltering(
            Language french, QualitySettings settings, Collection<String> acceptedWords) {
        return buildPreFiltering(french, settings, acceptedWords, true);
    }

    /** The same; with LanguageTool's own disambiguation when {@code narrowDisambiguation} is false. */
    static JLanguageTool buildPreFiltering(
            Language french, QualitySettings settings, Collection<String> acceptedWords, boolean narrowDisambiguation) {
        return configure(
                new PreFilteringLanguageTool(french, userConfig(acceptedWords), narrowDisambiguation),
                settings,
                acceptedWords);
    }

    private static List<String> words(Collection<String> acceptedWords) {
        return acceptedWords.stream()
                .map(String::strip)
                .filter(word -> !word.isEmpty())
                .toList();
    }

    private static UserConfig userConfig(Collection<String> acceptedWords) {
        return new UserConfig(new ArrayList<>(words(acceptedWords)));
    }

    /** {@code tool} with the accepted phrases and the rules and categories switched off. */
    private static JLanguageTool configure(
            JLanguageTool tool, QualitySettings settings, Collection<String> acceptedWords) {
        // Multi-word terms ("Comité provincial du Parti") are phrases for the speller, added before any check.
        List<String> phrases =
                words(acceptedWords).stream().filter(word -> word.contains(" ")).toList();
        if (!phrases.isEmpty()) {
            tool.getAllSpellingCheckRules().forEach(rule -> rule.acceptPhrases(phrases));
        }
        tool.disableRules(new ArrayList<>(settings.disabledRules()));
        settings.disabledCategories().forEach(category -> tool.disableCategory(new CategoryId(category)));
        return tool;
    }

    /**
     * A factory of checkers sharing one {@link Language}, one memo of speller suggestions and the
     * language's memo of synthesized forms ({@link SynthesizerMemo}).
     */
    static TextChecker.Factory factory(Language french, QualitySettings settings, Collection<String> acceptedWords) {
        List<String> words = List.copyOf(acceptedWords);
        SpellerSuggestionMemo suggestions = new SpellerSuggestionMemo(REMEMBERED_WORDS);
        return new TextChecker.Factory() {
            @Override
            public TextChecker create() {
                return new LanguageToolTextChecker(french, settings, words, suggestions);
            }

            @Override
            public void forget() {
                suggestions.forget();
                SynthesizerMemo.forget(french);
            }
        };
    }

    @Override
    public List<RuleMatch> check(AnnotatedText text, long deadline) throws IOException {
        deadlineNanos = deadline;
        try {
            return tool.check(text);
        } finally {
            deadlineNanos = Long.MAX_VALUE;
        }
    }
}
