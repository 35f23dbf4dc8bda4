package org.songngu.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.morfologik.MorfologikSpeller;

class SpellerSuggestionMemoTest {

    private static final String TEXT = "Le district a versé 40 millions de dôngs aux familles.\n\n"
            + "La province a reçu 12 milliards de dôngs et 300 tonnes de riz.";

    @Test
    void remembersSuggestionsWithoutChangingAnyFinding() throws IOException {
        JLanguageTool tool =
                LanguageToolTextChecker.build(FrenchChecker.sharedFrench(), QualitySettings.defaults(), List.of());
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
        assertThat(memo.answered())
                .as("the second check is answered from the memo")
                .isPositive();
        assertThat(memo.install(tool)).as("installing twice keeps one layer").isTrue();
        assertThat(describe(tool.check(TEXT))).isEqualTo(before);
    }

    @Test
    void installsNothingWhenTheSpellerIsSwitchedOff() throws IOException {
        JLanguageTool tool =
                LanguageToolTextChecker.build(FrenchChecker.sharedFrench(), QualitySettings.defaults(), List.of());
        tool.getAllSpellingCheckRules().forEach(rule -> tool.disableRule(rule.getId()));

        assertThat(new SpellerSuggestionMemo(100).install(tool)).isFalse();
    }

    @Test
    void aSecondToolSharesTheMemoAndAFullMemoKeepsTheLatestWords() throws IOException {
        SpellerSuggestionMemo memo = new SpellerSuggestionMemo(1);
        JLanguageTool first =
                LanguageToolTextChecker.build(FrenchChecker.sharedFrench(), QualitySettings.defaults(), List.of());
        JLanguageTool second =
                LanguageToolTextChecker.build(FrenchChecker.sharedFrench(), QualitySettings.defaults(), List.of());
        memo.install(first);
        memo.install(second);

        first.check("Ils ont reçu 40 millions de dôngs.");
        long once = memo.answered();
        second.check("Elles ont versé 12 milliards de dôngs.");
        long shared = memo.answered();
        first.check("Le district a reçu des kilogs de riz.");
        long full = memo.answered();
        second.check("La commune a reçu des kilogs de maïs.");

        assertThat(once).as("one check asks once per word").isZero();
        assertThat(shared)
                .as("the second tool reuses the first one's suggestions")
                .isPositive();
        assertThat(memo.answered())
                .as("a full memo makes room for the new word")
                .isGreaterThan(full);
        assertThat(memo.size()).as("one word per speller at most").isLessThanOrEqualTo(6);
    }

    @Test
    void theWrapperOverridesEveryPublicMethodOfTheSpellerItStandsFor() {
        List<String> notOverridden = Arrays.stream(MorfologikSpeller.class.getMethods())
                .filter(method -> method.getDeclaringClass() == MorfologikSpeller.class)
                .filter(method -> !Modifier.isStatic(method.getModifiers()))
                .filter(method -> {
                    try {
                        return SpellerSuggestionMemo.Memoizing.class.getDeclaredMethod(
                                        method.getName(), method.getParameterTypes())
                                == null;
                    } catch (NoSuchMethodException e) {
                        return true;
                    }
                })
                .map(Method::getName)
                .toList();

        assertThat(notOverridden)
                .as("public methods of LanguageTool's MorfologikSpeller the memo does not delegate")
                .isEmpty();
    }

    private static List<String> describe(List<RuleMatch> matches) {
        return matches.stream()
                .map(match -> match.getRule().getId() + " " + match.getFromPos() + "-" + match.getToPos() + " "
                        + match.getMessage() + " " + match.getSuggestedReplacements())
                .toList();
    }
}
