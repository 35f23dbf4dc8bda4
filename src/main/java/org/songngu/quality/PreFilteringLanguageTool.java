package org.songngu.quality;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.AnalyzedSentence;
import org.languagetool.CheckResults;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.RuleMatchListener;
import org.languagetool.ToneTag;
import org.languagetool.UserConfig;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.rules.Rule;
import org.languagetool.rules.patterns.RuleSet;

/**
 * A {@link JLanguageTool} that does not try, on a sentence, the pattern rules that cannot match it
 * ({@link RuleConditions}). LanguageTool hands its check the rules it may apply to each sentence
 * through a {@link RuleSet} ({@code performCheck}, protected for subclasses); this one passes on the
 * same set less the rules a sentence's tokens rule out. Everything else is LanguageTool's: same
 * rules, same order, same matches.
 */
final class PreFilteringLanguageTool extends JLanguageTool {

    /** LanguageTool's rule sets (one per level of checking it was asked for) and their filtered form. */
    private final Map<RuleSet, RuleSet> filtered = new ConcurrentHashMap<>();

    PreFilteringLanguageTool(Language language, UserConfig userConfig) {
        super(language, null, userConfig);
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
