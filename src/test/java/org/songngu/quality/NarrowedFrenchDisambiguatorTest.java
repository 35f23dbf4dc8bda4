package org.songngu.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.CorrectExample;
import org.languagetool.rules.IncorrectExample;
import org.languagetool.rules.Rule;
import org.languagetool.rules.patterns.Match;
import org.languagetool.rules.patterns.PatternRule;
import org.languagetool.rules.patterns.PatternToken;
import org.languagetool.rules.patterns.RuleSet;
import org.languagetool.tagging.disambiguation.rules.DisambiguatedExample;
import org.languagetool.tagging.disambiguation.rules.DisambiguationPatternRule;
import org.languagetool.tagging.disambiguation.rules.DisambiguationPatternRule.DisambiguatorAction;

class NarrowedFrenchDisambiguatorTest {

    private static Language french;
    private static JLanguageTool plain;
    private static PreFilteringLanguageTool narrowed;

    @BeforeAll
    static void languageTool() {
        french = FrenchChecker.sharedFrench();
        plain = LanguageToolTextChecker.build(french, QualitySettings.defaults(), List.of());
        narrowed = (PreFilteringLanguageTool)
                LanguageToolTextChecker.buildPreFiltering(french, QualitySettings.defaults(), List.of());
    }

    @Test
    void theDisambiguationRulesOwnExamplesAreAnalysedAsLanguageToolAnalysesThem() throws Exception {
        NarrowedFrenchDisambiguator disambiguator =
                narrowed.narrowedDisambiguator().orElseThrow();
        Set<String> texts = new LinkedHashSet<>();
        for (Rule rule : disambiguator.rules()) {
            DisambiguationPatternRule disambiguation = (DisambiguationPatternRule) rule;
            if (disambiguation.getExamples() != null) {
                disambiguation.getExamples().stream()
                        .map(DisambiguatedExample::getExample)
                        .forEach(example -> texts.add(withoutMarkers(example)));
            }
            if (disambiguation.getUntouchedExamples() != null) {
                disambiguation.getUntouchedExamples().forEach(example -> texts.add(withoutMarkers(example)));
            }
        }

        assertThat(disambiguator.rules())
                .as("rules of disambiguation.xml and the global file")
                .hasSizeGreaterThan(1_000);
        assertThat(disambiguator.judgedRules()).as("rules with a tag condition").isGreaterThan(300);
        assertThat(texts).as("the French file's examples").hasSizeGreaterThan(10);
        assertSameAnalysis(texts);
    }

    @Test
    void theGrammarRulesExamplesAndTheCorpusAreAnalysedAsLanguageToolAnalysesThemWhileRulesAreSkipped()
            throws Exception {
        Set<String> texts = new LinkedHashSet<>();
        for (Rule rule : plain.getAllActiveRules()) {
            if (rule instanceof PatternRule) {
                rule.getIncorrectExamples().stream()
                        .map(IncorrectExample::getExample)
                        .forEach(example -> texts.add(withoutMarkers(example)));
                rule.getCorrectExamples().stream()
                        .map(CorrectExample::getExample)
                        .forEach(example -> texts.add(withoutMarkers(example)));
            }
        }
        int examples = texts.size();
        // The benchmark's all-distinct news: the corpus's sentences, changed, and generated ones.
        new BenchmarkCorpus(Path.of("corpus"), 7)
                .articles(400, false, new HashSet<>())
                .forEach(article -> texts.addAll(article.sentences()));
        long[] before = narrowed.narrowedDisambiguator().orElseThrow().counts();

        assertSameAnalysis(texts);

        long[] after = narrowed.narrowedDisambiguator().orElseThrow().counts();
        long tried = after[0] - before[0];
        long skipped = after[1] - before[1];
        System.out.printf("disambiguation rules run %d, skipped %d on %d texts%n", tried, skipped, texts.size());
        assertThat(examples).as("examples of the grammar rules").isGreaterThan(8_000);
        assertThat(texts.size() - examples).as("news lines").isGreaterThan(300);
        assertThat(skipped)
                .as("disambiguation rules skipped (%d run) on %d texts", tried, texts.size())
                .isGreaterThan(tried / 4);
    }

    private static void assertSameAnalysis(Set<String> texts) throws IOException {
        List<String> different = new ArrayList<>();
        for (String text : texts) {
            String expected = describe(plain.getAnalyzedSentence(text));
            String actual = describe(narrowed.getAnalyzedSentence(text));
            if (!expected.equals(actual)) {
                different.add(text + "\n  LanguageTool: " + expected + "\n  narrowed:     " + actual);
            }
        }
        assertThat(different)
                .as("texts analysed differently, of %d", texts.size())
                .isEmpty();
    }

    @Test
    void aRuleThatNeedsATagAnEarlierRuleAddsStillRuns() throws Exception {
        DisambiguationPatternRule addsTag = new DisambiguationPatternRule(
                "ADDS", "adds Z", french, List.of(word("chat")), null, null, DisambiguatorAction.ADD);
        addsTag.setNewInterpretations(new AnalyzedToken[] {new AnalyzedToken("", "Z test", "chat")});
        DisambiguationPatternRule needsTag = new DisambiguationPatternRule(
                "NEEDS", "needs Z", french, List.of(tag("Z test")), null, null, DisambiguatorAction.REPLACE);
        needsTag.setNewInterpretations(new AnalyzedToken[] {new AnalyzedToken("", "Y test", "chat")});
        AnalyzedSentence sentence = plain.getRawAnalyzedSentence("Le chat dort.");

        NarrowedFrenchDisambiguator inOrder =
                new NarrowedFrenchDisambiguator(RuleSet.textHinted(List.of(addsTag, needsTag)));
        String expected = describe(inTurn(List.of(addsTag, needsTag), plain.getRawAnalyzedSentence("Le chat dort.")));

        assertThat(expected)
                .as("LanguageTool runs the second on what the first added")
                .contains("Y test");
        assertThat(describe(inOrder.disambiguate(sentence, null))).isEqualTo(expected);
        assertThat(inOrder.counts()).as("run, skipped").containsExactly(2, 0);

        NarrowedFrenchDisambiguator reversed =
                new NarrowedFrenchDisambiguator(RuleSet.textHinted(List.of(needsTag, addsTag)));
        String reversedExpected =
                describe(inTurn(List.of(needsTag, addsTag), plain.getRawAnalyzedSentence("Le chat dort.")));

        assertThat(reversedExpected)
                .as("the tag comes too late for it")
                .doesNotContain("Y test")
                .contains("Z test");
        assertThat(describe(reversed.disambiguate(plain.getRawAnalyzedSentence("Le chat dort."), null)))
                .isEqualTo(reversedExpected);
        assertThat(reversed.counts()).as("run, skipped").containsExactly(1, 1);
    }

    @Test
    void theTagsARuleMayAddAreReadFromItsDefinition() {
        DisambiguationPatternRule adds = new DisambiguationPatternRule(
                "A", "d", french, List.of(word("chat")), null, null, DisambiguatorAction.ADD);
        adds.setNewInterpretations(new AnalyzedToken[] {new AnalyzedToken("", "Z test", "chat")});
        DisambiguationPatternRule replaces = new DisambiguationPatternRule(
                "R", "d", french, List.of(word("chat")), "N m s", null, DisambiguatorAction.REPLACE);
        DisambiguationPatternRule filtersAll = new DisambiguationPatternRule(
                "F", "d", french, List.of(tag("D.*"), tag("N.*")), null, null, DisambiguatorAction.FILTERALL);
        DisambiguationPatternRule removes = new DisambiguationPatternRule(
                "X", "d", french, List.of(word("chat")), null, null, DisambiguatorAction.REMOVE);
        DisambiguationPatternRule unifies = new DisambiguationPatternRule(
                "U", "d", french, List.of(word("chat")), null, null, DisambiguatorAction.UNIFY);
        Match rewriting = new Match(
                "N (.*)", "V $1", true, null, null, Match.CaseConversion.NONE, false, false, Match.IncludeRange.NONE);
        DisambiguationPatternRule rewrites = new DisambiguationPatternRule(
                "W", "d", french, List.of(word("chat")), null, rewriting, DisambiguatorAction.FILTER);
        Match keeping = new Match(
                "N .*", null, true, null, null, Match.CaseConversion.NONE, false, false, Match.IncludeRange.NONE);
        DisambiguationPatternRule keeps = new DisambiguationPatternRule(
                "K", "d", french, List.of(word("chat")), null, keeping, DisambiguatorAction.FILTER);

        assertThat(NarrowedFrenchDisambiguator.addedTags(adds)).contains(Set.of("Z test"));
        assertThat(NarrowedFrenchDisambiguator.addedTags(replaces)).contains(Set.of("N m s"));
        assertThat(NarrowedFrenchDisambiguator.addedTags(filtersAll))
                .as("written as they stand when no reading fits")
                .contains(Set.of("D.*", "N.*"));
        assertThat(NarrowedFrenchDisambiguator.addedTags(removes)).contains(Set.of());
        assertThat(NarrowedFrenchDisambiguator.addedTags(keeps)).contains(Set.of("N .*"));
        assertThat(NarrowedFrenchDisambiguator.addedTags(unifies)).as("any").isEmpty();
        assertThat(NarrowedFrenchDisambiguator.addedTags(rewrites)).as("any").isEmpty();
    }

    /** What LanguageTool's XmlRuleDisambiguator does with these rules. */
    private static AnalyzedSentence inTurn(List<DisambiguationPatternRule> rules, AnalyzedSentence sentence)
            throws IOException {
        for (Rule rule : RuleSet.textHinted(rules).rulesForSentence(sentence)) {
            sentence = ((DisambiguationPatternRule) rule).replace(sentence);
        }
        return sentence;
    }

    /** Every reading of every token, before and after disambiguation, with what marks it. */
    static String describe(AnalyzedSentence sentence) {
        StringBuilder text = new StringBuilder(sentence.toString());
        for (AnalyzedTokenReadings token : sentence.getTokens()) {
            text.append(" | ")
                    .append(token.getStartPos())
                    .append(token)
                    .append(token.isWhitespaceBefore() ? " ws" : "")
                    .append(token.isImmunized() ? " immunized" : "")
                    .append(token.isIgnoredBySpeller() ? " ignored" : "")
                    .append(token.getChunkTags())
                    .append(token.getHistoricalAnnotations());
        }
        text.append(" || ");
        for (AnalyzedTokenReadings token : sentence.getPreDisambigTokens()) {
            text.append(token).append(' ');
        }
        return text.toString();
    }

    private static String withoutMarkers(String example) {
        return example.replace("<marker>", "").replace("</marker>", "");
    }

    private static PatternToken word(String word) {
        return new PatternToken(word, false, false, false);
    }

    private static PatternToken tag(String pattern) {
        PatternToken token = new PatternToken(null, false, false, false);
        token.setPosToken(new PatternToken.PosToken(pattern, true, false));
        return token;
    }
}
