package org.songngu.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.RuleMatch;

class SpellerSuggestionMemoTest {

    private static final String TEXT = "Le district a versé 40 millions de dôngs aux familles.\n\n"
            + "La province a reçu 12 milliards de dôngs et 300 tonnes de riz.";

    @Test
    void remembersSuggestionsWithoutChangingAnyFinding() throws IOException {
        JLanguageTool tool = LanguageToolTextChecker.build(FrenchChecker.sharedFrench(), QualitySettings.defaults(),
                List.of());
        List<String> before = describe(tool.check(TEXT));
        SpellerSuggestionMemo memo = new SpellerSuggestionMemo(100);

        boolean installed = memo.install(tool);
        List<String> first = describe(tool.check(TEXT));
        int remembered = memo.size();
        List<String> again = describe(tool.check(TEXT));

        assertThat(installed).isTrue();
        assertThat(before).anySatisfy(match -> assertThat(match).startsWith("FR_SPELLING_RULE 35-40"));
        assertThat(first).isEqualTo(before);
        assertThat(again).isEqualTo(before);
        assertThat(remembered).isPositive();
        assertThat(memo.size()).isEqualTo(remembered);
        assertThat(memo.install(tool)).as("installing twice keeps one layer").isTrue();
        assertThat(describe(tool.check(TEXT))).isEqualTo(before);
    }

    @Test
    void installsNothingWhenTheSpellerIsSwitchedOff() throws IOException {
        JLanguageTool tool = LanguageToolTextChecker.build(FrenchChecker.sharedFrench(), QualitySettings.defaults(),
                List.of());
        tool.getAllSpellingCheckRules().forEach(rule -> tool.disableRule(rule.getId()));

        assertThat(new SpellerSuggestionMemo(100).install(tool)).isFalse();
    }

    private static List<String> describe(List<RuleMatch> matches) {
        return matches.stream().map(match -> match.getRule().getId() + " " + match.getFromPos() + "-"
                + match.getToPos() + " " + match.getMessage() + " " + match.getSuggestedReplacements()).toList();
    }
}
