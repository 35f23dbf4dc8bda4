package org.songngu.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.fr.WordWithDeterminerFilter;

class SharedDefaultToolTest {

    @Test
    void becomesLanguageToolsDefaultToolAndGivesTheCheckerThreadsTheSameRulesInTheSameOrder() throws Exception {
        Language french = FrenchChecker.sharedFrench();

        assertThat(SharedDefaultTool.install(french)).isTrue();
        JLanguageTool tool = french.createDefaultJLanguageTool();
        List<String> plain = ids(tool.getAllActiveRules());
        List<Rule> first = onCheckerThread(tool::getAllActiveRules);
        List<Rule> second = onCheckerThread(tool::getAllActiveRules);

        assertThat(tool).isInstanceOf(SharedDefaultTool.class);
        assertThat(plain).hasSizeGreaterThan(1_000).contains("FR_SPELLING_RULE");
        assertThat(ids(first)).isEqualTo(plain);
        assertThat(second)
                .as("every caller gets a list of its own")
                .isNotSameAs(first)
                .isEqualTo(first);
        assertThat(SharedDefaultTool.install(french))
                .as("installing twice keeps the tool")
                .isTrue();
        assertThat(french.createDefaultJLanguageTool()).isSameAs(tool);
    }

    @Test
    void aRuleSwitchedOffOrOnIsSeenByTheCheckerThreads() throws Exception {
        SharedDefaultTool tool = new SharedDefaultTool(FrenchChecker.sharedFrench());
        List<String> before = ids(onCheckerThread(tool::getAllActiveRules));

        tool.disableRule("FR_SPELLING_RULE");
        List<String> off = ids(onCheckerThread(tool::getAllActiveRules));
        tool.enableRule("FR_SPELLING_RULE");
        List<String> on = ids(onCheckerThread(tool::getAllActiveRules));

        assertThat(before).contains("FR_SPELLING_RULE");
        assertThat(off).doesNotContain("FR_SPELLING_RULE").hasSize(before.size() - 1);
        assertThat(on).isEqualTo(before);
    }

    @Test
    void theDeterminerFilterGetsTheRulesItRunsInTheSameOrderAndOthersAllOfThem() throws Exception {
        SharedDefaultTool tool = new SharedDefaultTool(FrenchChecker.sharedFrench());
        List<Rule> all = tool.getAllActiveRules();
        List<String> runByTheFilter = all.stream()
                .filter(rule -> rule.getCategory().getId().toString().equals("CAT_ELISION")
                        || List.of("CET_CE", "CE_CET", "MA_VOYELLE", "MON_NFS", "VIEUX")
                                .contains(rule.getId()))
                .map(Rule::getFullId)
                .toList();

        List<String> narrowed = ids(tool.activeRulesFor(WordWithDeterminerFilter.class));

        assertThat(runByTheFilter).hasSizeGreaterThan(5).hasSizeLessThan(all.size() / 10);
        assertThat(narrowed).isEqualTo(runByTheFilter);
        assertThat(ids(tool.activeRulesFor(SharedDefaultToolTest.class))).isEqualTo(ids(all));
        assertThat(SharedDefaultTool.FilterRules.find(WordWithDeterminerFilter.class.getName(), "noSuchField", "x"))
                .as("a filter without the constants: every rule")
                .isNull();
    }

    @Test
    void findingsOfTheRulesThatUseTheFilterAreTheSameOnTheCheckerThreads() throws Exception {
        Language french = FrenchChecker.sharedFrench();
        SharedDefaultTool.install(french);
        JLanguageTool checking = LanguageToolTextChecker.build(french, QualitySettings.defaults(), List.of());
        String text = "Ce arbre est grand. Ma amie est venue hier. Mon idée est bonne. Le vieux homme parle. "
                + "Cette homme a vu un beau arbre et une vieux église.";

        List<String> plain = matches(checking.check(text));
        List<String> onChecker = onCheckerThread(() -> matches(checking.check(text)));

        assertThat(plain).hasSizeGreaterThan(2);
        assertThat(onChecker).isEqualTo(plain);
    }

    @Test
    void withoutLanguageToolsMapItWarnsAndLeavesLanguageToolsTool() {
        Language french = FrenchChecker.sharedFrench();
        JLanguageTool current = french.createDefaultJLanguageTool();

        assertThat(SharedDefaultTool.install(french, "noSuchField")).isFalse();
        assertThat(french.createDefaultJLanguageTool()).isSameAs(current);
    }

    private static <T> T onCheckerThread(Callable<T> task) throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            return thread.submit(() -> {
                        SpellerSuggestionMemo.markCheckerThread();
                        return task.call();
                    })
                    .get(1, TimeUnit.MINUTES);
        } finally {
            thread.shutdownNow();
        }
    }

    private static List<String> matches(List<RuleMatch> found) {
        return found.stream()
                .map(match -> match.getRule().getFullId() + " " + match.getFromPos() + "-" + match.getToPos() + " "
                        + match.getSuggestedReplacements())
                .toList();
    }

    private static List<String> ids(List<Rule> rules) {
        return rules.stream().map(Rule::getFullId).toList();
    }
}
