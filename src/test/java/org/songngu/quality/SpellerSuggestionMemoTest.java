package org.songngu.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.morfologik.MorfologikMultiSpeller;
import org.languagetool.rules.spelling.morfologik.MorfologikSpeller;
import org.languagetool.rules.spelling.morfologik.MorfologikSpellerRule;

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
    void forgettingEmptiesTheMemoAndTheNextCheckAsksTheSpellerAgain() throws IOException {
        JLanguageTool tool =
                LanguageToolTextChecker.build(FrenchChecker.sharedFrench(), QualitySettings.defaults(), List.of());
        SpellerSuggestionMemo memo = new SpellerSuggestionMemo(100);
        memo.install(tool);
        List<String> first = describe(tool.check(TEXT));
        // a check asks some words more than once: those come from the memo even on a first check
        long withinOneCheck = memo.answered();
        int remembered = memo.size();
        tool.check(TEXT);
        long remembering = memo.answered() - withinOneCheck;

        memo.forget();
        int afterForgetting = memo.size();
        long before = memo.answered();
        List<String> again = describe(tool.check(TEXT));

        assertThat(remembered).isPositive();
        assertThat(afterForgetting).isZero();
        assertThat(memo.answered() - before)
                .as("answered as on a first check")
                .isEqualTo(withinOneCheck)
                .isLessThan(remembering);
        assertThat(memo.size()).as("learned again").isEqualTo(remembered);
        assertThat(again).isEqualTo(first);
    }

    @Test
    void remembersWhetherWordsAreMisspelledAndAnswersAsTheSpeller() throws Exception {
        List<String> words = List.of(
                "maison",
                "mazon",
                "Nguyễn",
                "dôngs",
                "PARIS",
                "Paris",
                "l'école",
                "anticonstitutionnellement",
                "xyzzy");
        JLanguageTool plain =
                LanguageToolTextChecker.build(FrenchChecker.sharedFrench(), QualitySettings.defaults(), List.of());
        JLanguageTool tool =
                LanguageToolTextChecker.build(FrenchChecker.sharedFrench(), QualitySettings.defaults(), List.of());
        SpellerSuggestionMemo memo = new SpellerSuggestionMemo(100);
        memo.install(tool);
        MorfologikSpellerRule plainRule = spellerRule(plain);
        MorfologikSpellerRule rule = spellerRule(tool);

        List<Boolean> expected = misspelled(plainRule, words);
        List<Boolean> first = misspelled(rule, words);
        int remembered = memo.spellings();
        List<Boolean> second = misspelled(rule, words);
        memo.forget();

        assertThat(expected).contains(true, false);
        assertThat(first).isEqualTo(expected);
        assertThat(second).isEqualTo(expected);
        assertThat(remembered)
                .as("each speller remembers the words it was asked")
                .isGreaterThanOrEqualTo(words.size());
        assertThat(memo.spellings()).as("forgotten").isZero();
        assertThat(spellersOf(plainRule))
                .as("a tool the memo was not installed in keeps LanguageTool's spellers")
                .noneMatch(SpellerSuggestionMemo.Memoizing.class::isInstance);
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
        List<String> notOverridden =
                Wrappers.notOverridden(MorfologikSpeller.class, SpellerSuggestionMemo.Memoizing.class);

        assertThat(notOverridden)
                .as("public methods of LanguageTool's MorfologikSpeller the memo does not delegate")
                .isEmpty();
    }

    @Test
    void eachCheckerThreadHasItsOwnCopyOfTheSharedSpellersAndOtherThreadsTheOriginal() throws Exception {
        org.languagetool.Language french = FrenchChecker.sharedFrench();
        assertThat(new SpellerSuggestionMemo(100).installShared(french)).isTrue();
        List<SpellerSuggestionMemo.Memoizing> shared = sharedSpellers(french);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch bothStarted = new CountDownLatch(2);
            List<Future<List<MorfologikSpeller>>> used = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                used.add(onCheckerThread(threads, () -> {
                    bothStarted.countDown();
                    bothStarted.await(); // two threads of the pool, not one twice
                    return shared.stream()
                            .map(SpellerSuggestionMemo.Memoizing::delegate)
                            .toList();
                }));
            }
            List<MorfologikSpeller> first = used.get(0).get(1, TimeUnit.MINUTES);
            List<MorfologikSpeller> second = used.get(1).get(1, TimeUnit.MINUTES);
            List<MorfologikSpeller> originals = shared.stream()
                    .map(SpellerSuggestionMemo.Memoizing::delegate)
                    .toList();

            assertThat(shared).isNotEmpty();
            for (int k = 0; k < shared.size(); k++) {
                assertThat(first.get(k))
                        .as("a checker thread's speller is not another checker thread's")
                        .isNotSameAs(second.get(k))
                        .isNotSameAs(originals.get(k))
                        .isNotInstanceOf(SpellerSuggestionMemo.Memoizing.class);
                assertThat(second.get(k)).isNotSameAs(originals.get(k));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aCheckerThreadDoesNotWaitForTheSharedSpellersLockAndAnswersAsTheOriginal() throws Exception {
        org.languagetool.Language french = FrenchChecker.sharedFrench();
        new SpellerSuggestionMemo(100).installShared(french);
        var rule = (org.languagetool.rules.spelling.morfologik.MorfologikSpellerRule) french.getDefaultSpellingRule();
        List<String> words = List.of("maison", "mazon", "dôngs", "réunion", "réuninon");
        List<Boolean> plain = misspelled(rule, words);
        List<MorfologikSpeller> originals = sharedSpellers(french).stream()
                .map(SpellerSuggestionMemo.Memoizing::delegate)
                .toList();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<List<Boolean>> checked =
                    whileLocked(originals, () -> onCheckerThread(thread, () -> misspelled(rule, words)));

            assertThat(checked.get()).isEqualTo(plain).contains(true, false);
        } finally {
            thread.shutdownNow();
        }
    }

    @Test
    void withoutCopiesTheThreadsShareTheOriginalAndGoOn() throws Exception {
        org.languagetool.Language french = FrenchChecker.sharedFrench();
        new SpellerSuggestionMemo(100).installShared(french);
        MorfologikSpeller original = sharedSpellers(french).get(0).delegate();
        SpellerSuggestionMemo.Memoizing uncopied = new SpellerSuggestionMemo(10)
        .new Memoizing("/fr/french.dict", original, new HashMap<>(), new HashMap<>(), true, null);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            MorfologikSpeller used = onCheckerThread(thread, uncopied::delegate).get(1, TimeUnit.MINUTES);

            assertThat(SpellerCopies.find(MorfologikSpeller.class, "noSuchField", "maxEditDistance"))
                    .as("LanguageTool's speller without the field: no copier")
                    .isNull();
            assertThat(SpellerCopies.find(MorfologikSpeller.class, "speller", "maxEditDistance")
                            .copyOf(original))
                    .as("a copy that cannot be made is the original")
                    .isSameAs(original);
            assertThat(used).isSameAs(original);
            assertThat(uncopied.isMisspelled("mazon")).isTrue();
        } finally {
            thread.shutdownNow();
        }
    }

    /**
     * Runs {@code start} and waits for what it started while this thread holds the monitor of
     * every one of {@code spellers}: it times out when what it started needs one of them.
     */
    private static <T> Future<T> whileLocked(List<MorfologikSpeller> spellers, Callable<Future<T>> start)
            throws Exception {
        if (spellers.isEmpty()) {
            Future<T> future = start.call();
            future.get(30, TimeUnit.SECONDS);
            return future;
        }
        synchronized (spellers.get(0)) {
            return whileLocked(spellers.subList(1, spellers.size()), start);
        }
    }

    private static MorfologikSpellerRule spellerRule(JLanguageTool tool) {
        return (MorfologikSpellerRule) tool.getAllActiveRules().stream()
                .filter(MorfologikSpellerRule.class::isInstance)
                .findFirst()
                .orElseThrow();
    }

    /** The dictionary spellers a speller rule asks, read by reflection. */
    private static List<Object> spellersOf(MorfologikSpellerRule rule) throws ReflectiveOperationException {
        List<Object> found = new ArrayList<>();
        for (String name : List.of("speller1", "speller2", "speller3")) {
            Field multiField = MorfologikSpellerRule.class.getDeclaredField(name);
            multiField.setAccessible(true);
            Object multi = multiField.get(rule);
            if (multi != null) {
                Field list = MorfologikMultiSpeller.class.getDeclaredField("spellers");
                list.setAccessible(true);
                found.addAll((List<?>) list.get(multi));
            }
        }
        return found;
    }

    /** The wrapped spellers of LanguageTool's default French speller rule, read by reflection. */
    private static List<SpellerSuggestionMemo.Memoizing> sharedSpellers(org.languagetool.Language french)
            throws ReflectiveOperationException {
        List<SpellerSuggestionMemo.Memoizing> found = new ArrayList<>();
        for (String name : List.of("speller1", "speller2", "speller3")) {
            Field multiField = MorfologikSpellerRule.class.getDeclaredField(name);
            multiField.setAccessible(true);
            Object multi = multiField.get(french.getDefaultSpellingRule());
            if (multi == null) {
                continue;
            }
            Field list = MorfologikMultiSpeller.class.getDeclaredField("spellers");
            list.setAccessible(true);
            for (Object speller : (List<?>) list.get(multi)) {
                found.add((SpellerSuggestionMemo.Memoizing) speller);
            }
        }
        return found;
    }

    private static List<String> describe(List<RuleMatch> matches) {
        return matches.stream()
                .map(match -> match.getRule().getId() + " " + match.getFromPos() + "-" + match.getToPos() + " "
                        + match.getMessage() + " " + match.getSuggestedReplacements())
                .toList();
    }

    /** {@code work} on a thread of {@code pool} marked as one of the checker's. */
    private static <T> Future<T> onCheckerThread(ExecutorService pool, Callable<T> work) {
        return pool.submit(() -> {
            SpellerSuggestionMemo.markCheckerThread();
            return work.call();
        });
    }

    private static List<Boolean> misspelled(
            org.languagetool.rules.spelling.morfologik.MorfologikSpellerRule rule, List<String> words)
            throws java.io.IOException {
        List<Boolean> answers = new ArrayList<>();
        for (String word : words) {
            answers.add(rule.isMisspelled(word));
        }
        return answers;
    }
}
