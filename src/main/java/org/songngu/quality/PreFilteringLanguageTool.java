package org.songngu.quality;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.AnalyzedSentence;
import org.languagetool.CheckResults;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.RuleMatchListener;
import org.languagetool.ToneTag;
import org.languagetool.UserConfig;
import org.languagetool.chunking.Chunker;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.rules.Rule;
import org.languagetool.rules.patterns.RuleSet;

/**
 * A {@link JLanguageTool} that does not try, on a sentence, the pattern rules that cannot match it
 * ({@link RuleConditions}), nor, when it analyses the sentence, the disambiguation rules that cannot
 * ({@link NarrowedFrenchDisambiguator}). LanguageTool hands its check the rules it may apply to each
 * sentence through a {@link RuleSet} ({@code performCheck}, protected for subclasses); this one passes
 * on the same set less the rules a sentence's tokens rule out. It analyses each sentence in {@link
 * #getAnalyzedSentence} (public, for subclasses too), which this one does as LanguageTool does but
 * with the narrowed disambiguator instead of the language's. Everything else is LanguageTool's: same
 * rules, same order, same analysis, same matches; the shared {@code French} language is not touched.
 */
final class PreFilteringLanguageTool extends JLanguageTool {

    /** LanguageTool's rule sets (one per level of checking it was asked for) and their filtered form. */
    private final Map<RuleSet, RuleSet> filtered = new ConcurrentHashMap<>();

    private final Optional<NarrowedFrenchDisambiguator> disambiguator;
    /** The callback given to LanguageTool (its own copy is private), for the disambiguator. */
    private volatile CheckCancelledCallback cancelled;

    PreFilteringLanguageTool(Language language, UserConfig userConfig) {
        this(language, userConfig, true);
    }

    /**
     * @param narrowDisambiguation false to keep LanguageTool's own disambiguation (to measure or test
     *                             the narrowed one against it)
     */
    PreFilteringLanguageTool(Language language, UserConfig userConfig, boolean narrowDisambiguation) {
        // No ResultCache: getAnalyzedSentence below has none to consult.
        super(language, null, userConfig);
        this.disambiguator =
                narrowDisambiguation ? NarrowedFrenchDisambiguator.forLanguage(language) : Optional.empty();
    }

    @Override
    public void setCheckCancelledCallback(CheckCancelledCallback callback) {
        super.setCheckCancelledCallback(callback);
        this.cancelled = callback;
    }

    /**
     * LanguageTool 6.6's {@code getAnalyzedSentence} step for step (tokens and tags, disambiguation,
     * the sentence with both, the language's post-disambiguation chunker), its result cache left out
     * (this tool is built without one), the disambiguation narrowed.
     */
    @Override
    public AnalyzedSentence getAnalyzedSentence(String sentence) throws IOException {
        if (disambiguator.isEmpty()) {
            return super.getAnalyzedSentence(sentence);
        }
        AnalyzedSentence raw = getRawAnalyzedSentence(sentence);
        AnalyzedSentence disambiguated = disambiguator.get().disambiguate(raw, cancelled);
        AnalyzedSentence analyzed = new AnalyzedSentence(disambiguated.getTokens(), raw.getTokens());
        Chunker chunker = getLanguage().getPostDisambiguationChunker();
        if (chunker != null) {
            chunker.addChunkTags(Arrays.asList(analyzed.getTokens()));
        }
        return analyzed;
    }

    /** The narrowed disambiguator, when the language has one. */
    Optional<NarrowedFrenchDisambiguator> narrowedDisambiguator() {
        return disambiguator;
    }

    @Override
    protected CheckResults performCheck(
            List<AnalyzedSentence> analyzedSentences,
            List<String> sentences,
            RuleSet ruleSet,
            ParagraphHandling paraMode,
            AnnotatedText annotatedText,
            RuleMatchListener listener,
            Mode mode,
            Level level,
            boolean checkRemoteRules,
            Set<ToneTag> toneTags)
            throws IOException {
        return super.performCheck(
                analyzedSentences,
                sentences,
                filtered.computeIfAbsent(ruleSet, PreFilteringLanguageTool::filtering),
                paraMode,
                annotatedText,
                listener,
                mode,
                level,
                checkRemoteRules,
                toneTags);
    }

    /** {@code rules} with {@link RuleSet#rulesForSentence} narrowed by the rules' conditions. */
    static RuleSet filtering(RuleSet rules) {
        RuleConditions conditions = RuleConditions.of(rules.allRules());
        return new RuleSet() {
            @Override
            public List<Rule> allRules() {
                return rules.allRules();
            }

            @Override
            public Set<String> allRuleIds() {
                return rules.allRuleIds();
            }

            @Override
            public List<Rule> rulesForSentence(AnalyzedSentence sentence) {
                return conditions.applicable(rules.rulesForSentence(sentence), sentence);
            }
        };
    }
}
