package org.songngu.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.fr.FindSuggestionsFilter;
import org.languagetool.rules.fr.PostponedAdjectiveConcordanceFilter;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.rules.patterns.PatternRule;
import org.languagetool.rules.patterns.PatternToken;
import org.languagetool.rules.patterns.RuleFilter;

class ThreadConfinedFiltersTest {

    private static final String TEXT =
            "Il porte une chemise et un pantalon blanches.\n\n" + "Elle a acheté une table et une chaise anciens.";

    @Test
    void aFilterWithAFieldItWritesIsOneThatKeepsState() {
        assertThat(ThreadConfinedFilters.keepsState(PostponedAdjectiveConcordanceFilter.class))
                .isTrue();
        assertThat(ThreadConfinedFilters.keepsState(FindSuggestionsFilter.class))
                .as("final fields only")
                .isFalse();
        assertThat(ThreadConfinedFilters.keepsState(Stateful.class)).isTrue();
    }

    @Test
    void eachCheckerThreadRunsItsOwnFilterAndOtherThreadsTheSharedOne() throws Exception {
        JLanguageTool tool =
                LanguageToolTextChecker.build(FrenchChecker.sharedFrench(), QualitySettings.defaults(), List.of());
        ThreadConfinedFilters.install(tool);
        List<String> plain = describe(tool.check(TEXT));
        List<ThreadConfinedFilters.PerThread> confined = tool.getAllRules().stream()
                .filter(rule -> rule.getId().equals("AGREEMENT_POSTPONED_ADJ"))
                .map(rule -> ((AbstractPatternRule) rule).getFilter())
                .filter(ThreadConfinedFilters.PerThread.class::isInstance)
                .map(ThreadConfinedFilters.PerThread.class::cast)
                .toList();
        ThreadConfinedFilters.PerThread filter = confined.get(0);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch bothStarted = new CountDownLatch(2);
            List<Future<RuleFilter>> used = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                used.add(onCheckerThread(threads, () -> {
                    bothStarted.countDown();
                    bothStarted.await(); // two threads of the pool, not one twice
                    return filter.delegate();
                }));
            }
            RuleFilter first = used.get(0).get(1, TimeUnit.MINUTES);
            RuleFilter second = used.get(1).get(1, TimeUnit.MINUTES);
            List<String> checked =
                    onCheckerThread(threads, () -> describe(tool.check(TEXT))).get(1, TimeUnit.MINUTES);

            assertThat(confined)
                    .isNotEmpty()
                    .allSatisfy(each -> assertThat(each).isSameAs(filter));
            assertThat(first)
                    .isInstanceOf(PostponedAdjectiveConcordanceFilter.class)
                    .isNotSameAs(second)
                    .isNotSameAs(filter.delegate());
            assertThat(filter.delegate()).isInstanceOf(PostponedAdjectiveConcordanceFilter.class);
            assertThat(plain).anySatisfy(match -> assertThat(match).startsWith("AGREEMENT_POSTPONED_ADJ"));
            assertThat(checked).isEqualTo(plain);
            assertThat(ThreadConfinedFilters.install(tool)).as("installed once").isZero();
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aFilterThatCannotBeBuiltAgainStaysShared() {
        PatternRule rule = new PatternRule(
                "TEST_RULE",
                FrenchChecker.sharedFrench(),
                List.of(new PatternToken("x", false, false, false)),
                "test",
                "test",
                "test");
        Stateful filter = new Stateful(1);
        rule.setFilter(filter);

        int confined = ThreadConfinedFilters.install(List.<Rule>of(rule));

        assertThat(confined).isZero();
        assertThat(rule.getFilter()).isSameAs(filter);
    }

    @Test
    void theWrapperOverridesEveryPublicMethodOfRuleFilter() {
        List<String> notOverridden = Wrappers.notOverridden(RuleFilter.class, ThreadConfinedFilters.PerThread.class);

        assertThat(notOverridden).isEmpty();
    }

    private static <T> Future<T> onCheckerThread(ExecutorService threads, Callable<T> task) {
        return threads.submit(() -> {
            SpellerSuggestionMemo.markCheckerThread();
            return task.call();
        });
    }

    private static List<String> describe(List<RuleMatch> matches) {
        return matches.stream()
                .map(match -> match.getRule().getId() + " " + match.getFromPos() + "-" + match.getToPos() + " "
                        + match.getMessage() + " " + match.getSuggestedReplacements())
                .toList();
    }

    /** A filter that keeps state and has no constructor without arguments. */
    static final class Stateful extends RuleFilter {
        int calls;

        Stateful(int calls) {
            this.calls = calls;
        }

        @Override
        public RuleMatch acceptRuleMatch(
                RuleMatch match,
                Map<String, String> arguments,
                int patternTokenPos,
                AnalyzedTokenReadings[] patternTokens,
                List<Integer> tokenPositions) {
            calls++;
            return match;
        }
    }
}
