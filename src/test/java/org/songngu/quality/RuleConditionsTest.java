package org.songngu.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.IncorrectExample;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.patterns.PatternRule;
import org.languagetool.rules.patterns.PatternToken;

class RuleConditionsTest {

    /** Sentences with mistakes of several kinds (agreement, elision, spelling, typography). */
    static final List<String> MISTAKES = List.of(
            FrenchChecker.WARM_UP_TEXT,
            "Il faut que tu viens demain avec les document signé.",
            "La réunion a été présidé par le camarade Dupont , qui a félicité les délégués .",
            "Ces mesure ont permit de réduire la pauvreté de 3% en 2023.",
            "Le comité de le district a décidé de augmenter les investissements.",
            "Elle sont venus à Hanoi pour assisté à la cérémonie.",
            "Il a dit qu'il n'y aura pas de problème , mais ils on refusé.",
            "Leurs enfant va à l'école chaque jours malgré la pluie.");

    private static Language french;
    private static JLanguageTool plain;

    @BeforeAll
    static void languageTool() {
        french = FrenchChecker.sharedFrench();
        plain = LanguageToolTextChecker.build(french, QualitySettings.defaults(), List.of());
    }

    @Test
    void noRuleIsSkippedOnAnExampleOfItsOwnThatItMatches() throws Exception {
        List<Rule> rules = plain.getAllActiveRules();
        RuleConditions conditions = RuleConditions.of(rules);
        int examples = 0;
        int matched = 0;
        List<String> wronglySkipped = new ArrayList<>();
        for (Rule rule : rules) {
            if (!(rule instanceof PatternRule)) {
                continue;
            }
            for (IncorrectExample example : rule.getIncorrectExamples()) {
                String text = example.getExample().replace("<marker>", "").replace("</marker>", "");
                for (AnalyzedSentence sentence : plain.analyzeText(text)) {
                    examples++;
                    if (rule.match(sentence).length > 0) {
                        matched++;
                        if (!conditions.mayMatch(rule, sentence)) {
                            wronglySkipped.add(rule.getFullId() + ": " + text);
                        }
                    }
                }
            }
        }

        assertThat(conditions.judgedRules()).as("rules with conditions").isGreaterThan(2_500);
        assertThat(matched).as("examples the rules match, of %d", examples).isGreaterThan(4_000);
        assertThat(wronglySkipped).isEmpty();
    }

    @Test
    void aSentenceWithoutATagTheRuleNeedsSkipsItAndOneWithItDoesNot() throws Exception {
        PatternToken determiner = new PatternToken("le", false, false, false);
        PatternRule rule = rule(determiner, tag("N [me] (s|sp)"));
        RuleConditions conditions = RuleConditions.of(List.of(rule));
        AnalyzedSentence withNoun = plain.getAnalyzedSentence("Le chat dort.");
        AnalyzedSentence withoutNoun = plain.getAnalyzedSentence("Le voici qui arrive.");

        assertThat(conditions.judgedRules()).isEqualTo(1);
        assertThat(rule.match(withNoun)).hasSize(1);
        assertThat(conditions.mayMatch(rule, withNoun)).isTrue();
        assertThat(rule.match(withoutNoun)).isEmpty();
        assertThat(conditions.mayMatch(rule, withoutNoun))
                .as("'le' is there, but no masculine singular noun: LanguageTool's own hint lets it through")
                .isFalse();
        assertThat(conditions.applicable(List.of(rule), withoutNoun)).isEmpty();
        assertThat(conditions.applicable(List.of(rule), withNoun)).containsExactly(rule);
    }

    @Test
    void tokensThatNeedNotMatchGiveNoCondition() throws Exception {
        PatternToken negated = tag("N.*");
        negated.setPosToken(new PatternToken.PosToken("N.*", true, true));
        PatternToken optional = tag("N.*");
        optional.setMinOccurrence(0);
        PatternToken alternative = tag("N.*");
        alternative.setOrGroupElement(tag("V.*"));
        PatternToken unknown = tag("[A-Z]+");
        PatternRule subclass = new PatternRule("SUB", french, List.of(tag("N.*")), "d", "m", "s") {};
        AnalyzedSentence noNoun = plain.getAnalyzedSentence("Il part.");

        RuleConditions conditions = RuleConditions.of(
                List.of(rule(negated), rule(optional), rule(alternative), rule(unknown), subclass, rule(tag("N.*"))));

        assertThat(conditions.judgedRules())
                .as("only the last: negated, optional, in an OR group, a tag pattern that accepts UNKNOWN,"
                        + " a subclass of PatternRule give none")
                .isEqualTo(1);
        assertThat(conditions.mayMatch(rule(tag("N.*")), noNoun))
                .as("a rule the conditions do not know")
                .isTrue();
    }

    private static PatternToken tag(String pattern) {
        PatternToken token = new PatternToken(null, false, false, false);
        token.setPosToken(new PatternToken.PosToken(pattern, true, false));
        return token;
    }

    @Test
    void thePreFilteringToolFindsWhatPlainLanguageToolFindsWhileSkippingRules() throws Exception {
        JLanguageTool filtering =
                LanguageToolTextChecker.buildPreFiltering(french, QualitySettings.defaults(), List.of());
        RuleConditions conditions = RuleConditions.of(plain.getAllActiveRules());
        int skipped = 0;
        int findings = 0;
        for (String sentence : MISTAKES) {
            List<String> expected = describe(plain.check(sentence));
            assertThat(describe(filtering.check(sentence))).as(sentence).isEqualTo(expected);
            findings += expected.size();
            List<Rule> all = plain.getAllActiveRules();
            skipped += all.size()
                    - conditions
                            .applicable(all, plain.getAnalyzedSentence(sentence))
                            .size();
        }
        assertThat(findings).isGreaterThan(10);
        assertThat(skipped).as("rules skipped on these sentences").isGreaterThan(1_000);
    }

    private static List<String> describe(List<RuleMatch> matches) {
        return matches.stream()
                .map(match -> match.getRule().getFullId() + " " + match.getFromPos() + "-" + match.getToPos() + " "
                        + match.getMessage() + " " + match.getSuggestedReplacements())
                .toList();
    }

    private static PatternRule rule(PatternToken... tokens) {
        return new PatternRule("TEST", french, List.of(tokens), "description", "message", "short");
    }
}
