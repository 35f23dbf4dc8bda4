package org.songngu.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedToken;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.fr.FindSuggestionsFilter;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.rules.patterns.RuleFilter;
import org.languagetool.synthesis.BaseSynthesizer;
import org.languagetool.synthesis.FrenchSynthesizer;
import org.languagetool.synthesis.Synthesizer;

class SynthesizerMemoTest {

    private static final List<String> LEMMAS = Arrays.asList(
            "être", "avoir", "aller", "partir", "manger", "grand", "beau", "nouveau", "cheval", "il", "le", "xyzzy",
            null);
    private static final List<String> EXACT_TAGS =
            List.of("N m p", "J f s", "J m p", "V etre ind pres 3 s", "V avoir ind pres 3 p", "V ppa f p", "V inf");
    private static final List<String> REGEXP_TAGS =
            List.of("V.* ind pres 3 s", "[NJ] m p", "J [fe] (s|sp)", "V ppa .*", "N.*", "R pers obj 3 .*", "Z.*");
    private static final List<String> NUMBER_TAGS =
            List.of("_spell_number_", "_spell_number_:feminine", "_spell_number_:Roman");
    private static final List<String> NUMBERS = List.of("1", "12", "21", "1999");

    /** The checker's text check reads these; each has a finding whose suggestions are synthesized. */
    private static final List<String> TEXTS = List.of(
            "Il a manger une pomme.",
            "Je suis aller au marché.",
            "Ils se sont promener hier.",
            "Il faut que tu vas à l'école.",
            "Les enfant sont grand.",
            "Il les a vu.",
            FrenchChecker.WARM_UP_TEXT);

    private static ExecutorService checkerThread;

    @BeforeAll
    static void startCheckerThread() {
        checkerThread = Executors.newSingleThreadExecutor();
    }

    @AfterAll
    static void stopCheckerThread() {
        checkerThread.shutdownNow();
    }

    private static <T> T onCheckerThread(Callable<T> task) throws Exception {
        return checkerThread
                .submit(() -> {
                    SpellerSuggestionMemo.markCheckerThread();
                    return task.call();
                })
                .get(2, TimeUnit.MINUTES);
    }

    @Test
    void answersAsTheSynthesizerItStandsForOnEveryCallAndRemembersAllButSpelledNumbers() throws Exception {
        Synthesizer plain = FrenchSynthesizer.INSTANCE;
        SynthesizerMemo memo = new SynthesizerMemo(plain, 10_000);
        List<String> expected = answers(plain);

        List<String> first = onCheckerThread(() -> answers(memo));
        int remembered = memo.size();
        List<String> again = onCheckerThread(() -> answers(memo));

        assertThat(expected).hasSize(LEMMAS.size() * (2 * EXACT_TAGS.size() + REGEXP_TAGS.size()) + 24);
        assertThat(expected)
                .as("questions with forms in the dictionary")
                .contains(
                        "être/V.* ind pres 3 s true [est]",
                        "21/_spell_number_ [vingt et un]",
                        "12/_spell_number_ [douze]");
        assertThat(first).isEqualTo(expected);
        assertThat(again).isEqualTo(expected);
        assertThat(remembered)
                .as("one answer per lemma and tag, none for the spelled numbers")
                .isEqualTo(LEMMAS.size() * (2 * EXACT_TAGS.size() + REGEXP_TAGS.size()));
        assertThat(memo.answered()).as("the second round came from the memo").isEqualTo(remembered);
    }

    /**
     * Every answer of {@code synthesizer} to the test's questions, in order: the three calls with
     * lemmas and tags, and numbers spelled out (same lemma, other token texts).
     */
    private static List<String> answers(Synthesizer synthesizer) throws IOException {
        List<String> answers = new ArrayList<>();
        for (String lemma : LEMMAS) {
            AnalyzedToken token = new AnalyzedToken("mot", null, lemma);
            for (String tag : EXACT_TAGS) {
                answers.add(lemma + "/" + tag + " " + List.of(synthesizer.synthesize(token, tag)));
                answers.add(lemma + "/" + tag + " false " + List.of(synthesizer.synthesize(token, tag, false)));
            }
            for (String tag : REGEXP_TAGS) {
                answers.add(lemma + "/" + tag + " true " + List.of(synthesizer.synthesize(token, tag, true)));
            }
        }
        for (String number : NUMBERS) {
            AnalyzedToken token = new AnalyzedToken(number, null, "nombre");
            for (String tag : NUMBER_TAGS) {
                answers.add(number + "/" + tag + " " + List.of(synthesizer.synthesize(token, tag)));
                answers.add(number + "/" + tag + " false " + List.of(synthesizer.synthesize(token, tag, false)));
            }
        }
        return answers;
    }

    @Test
    void aBadExpressionFailsAsInLanguageToolAndIsNotRemembered() throws Exception {
        SynthesizerMemo memo = new SynthesizerMemo(FrenchSynthesizer.INSTANCE, 10);
        AnalyzedToken token = new AnalyzedToken("grande", null, "grand");

        String plain = failure(() -> FrenchSynthesizer.INSTANCE.synthesize(token, "J [", true));
        String remembered = onCheckerThread(() -> failure(() -> memo.synthesize(token, "J [", true)));

        assertThat(plain).startsWith("java.lang.RuntimeException: Error trying to synthesize");
        assertThat(remembered).isEqualTo(plain);
        assertThat(memo.size()).isZero();
    }

    private static String failure(Callable<String[]> call) {
        try {
            return "answered " + List.of(call.call());
        } catch (Exception e) {
            return e.toString();
        }
    }

    @Test
    void aCallerMayChangeTheArrayItGets() throws Exception {
        SynthesizerMemo memo = new SynthesizerMemo(FrenchSynthesizer.INSTANCE, 10);
        AnalyzedToken token = new AnalyzedToken("grande", null, "grand");

        List<String> seen = onCheckerThread(() -> {
            String[] first = memo.synthesize(token, "J . p", true);
            List<String> before = List.of(first);
            Arrays.fill(first, "changé");
            String[] second = memo.synthesize(token, "J . p", true);
            return List.of(before.toString(), List.of(second).toString());
        });

        assertThat(seen.get(0)).contains("grands", "grandes");
        assertThat(seen.get(1)).isEqualTo(seen.get(0));
        assertThat(memo.answered()).isEqualTo(1);
    }

    @Test
    void otherThreadsGetTheSynthesizersOwnAnswerUnremembered() throws IOException {
        SynthesizerMemo memo = new SynthesizerMemo(FrenchSynthesizer.INSTANCE, 10);

        List<String> answers = answers(memo);

        assertThat(answers).isEqualTo(answers(FrenchSynthesizer.INSTANCE));
        assertThat(memo.size()).isZero();
        assertThat(memo.answered()).isZero();
    }

    @Test
    void aFullMemoIsEmptiedAndKeepsTheLatestAnswers() throws Exception {
        SynthesizerMemo memo = new SynthesizerMemo(FrenchSynthesizer.INSTANCE, 2);
        AnalyzedToken grand = new AnalyzedToken("grande", null, "grand");
        AnalyzedToken beau = new AnalyzedToken("belle", null, "beau");

        List<String> answers = onCheckerThread(() -> {
            List<String> all = new ArrayList<>();
            all.add(List.of(memo.synthesize(grand, "J f s")).toString());
            all.add(List.of(memo.synthesize(grand, "J m p")).toString());
            all.add(List.of(memo.synthesize(beau, "J f p")).toString());
            all.add(List.of(memo.synthesize(beau, "J f p")).toString());
            return all;
        });

        assertThat(answers).containsExactly("[grande]", "[grands]", "[belles]", "[belles]");
        assertThat(memo.size()).as("emptied at the third answer").isEqualTo(1);
        assertThat(memo.answered()).isEqualTo(1);
    }

    @Test
    void theCheckersToolAnswersAsPlainLanguageToolAndForgettingEmptiesTheMemo() throws Exception {
        Language french = FrenchChecker.sharedFrench();
        JLanguageTool tool = LanguageToolTextChecker.build(french, QualitySettings.defaults(), List.of());
        SynthesizerMemo memo = SynthesizerMemo.install(french, tool);
        memo.forget();
        // On this thread, not a checker's, the tool asks LanguageTool's own synthesizer.
        List<String> expected = check(tool);
        int rememberedByOtherThreads = memo.size();

        List<String> first = onCheckerThread(() -> check(tool));
        int remembered = memo.size();
        long answered = memo.answered();
        List<String> again = onCheckerThread(() -> check(tool));
        long answeredAgain = memo.answered() - answered;
        LanguageToolTextChecker.factory(french, QualitySettings.defaults(), List.of())
                .forget();
        int afterForgetting = memo.size();

        assertThat(memo).isNotNull().isSameAs(french.getSynthesizer());
        assertThat(SynthesizerMemo.install(french, tool))
                .as("one memo per language")
                .isSameAs(memo);
        assertThat(expected).anySatisfy(finding -> assertThat(finding).contains("[mangé]"));
        assertThat(rememberedByOtherThreads).isZero();
        assertThat(first).isEqualTo(expected);
        assertThat(again).isEqualTo(expected);
        assertThat(remembered).isPositive();
        assertThat(answeredAgain).as("the second check asks nothing new").isGreaterThanOrEqualTo(remembered);
        assertThat(afterForgetting)
                .as("the checkers' factory forgets the language's memo")
                .isZero();
        List<RuleFilter> filters = tool.getAllRules().stream()
                .filter(AbstractPatternRule.class::isInstance)
                .map(rule -> ((AbstractPatternRule) rule).getFilter())
                .filter(FindSuggestionsFilter.class::isInstance)
                .toList();
        assertThat(filters)
                .isNotEmpty()
                .allSatisfy(filter -> assertThat(filter).isInstanceOf(SynthesizerMemo.FindSuggestionsFromMemo.class));
        assertThat(((SynthesizerMemo.FindSuggestionsFromMemo) filters.get(0)).getSynthesizer())
                .isSameAs(memo);
    }

    private static List<String> check(JLanguageTool tool) throws IOException {
        List<String> found = new ArrayList<>();
        for (String text : TEXTS) {
            for (RuleMatch match : tool.check(text)) {
                found.add(match.getRule().getId() + " " + match.getFromPos() + "-" + match.getToPos() + " "
                        + match.getMessage() + " " + match.getSuggestedReplacements());
            }
        }
        return found;
    }

    @Test
    void aSynthesizerThatIsNotLanguageToolsAsExpectedIsLeftAlone() throws IOException {
        Synthesizer foreign = mock(Synthesizer.class);
        Language language = mock(Language.class);
        when(language.getSynthesizer()).thenReturn(foreign);
        BaseSynthesizer ownAnswers = new BaseSynthesizer("/fr/french_synth.dict", "/fr/french_tags.txt", "fr") {
            @Override
            public String[] synthesize(AnalyzedToken token, String posTag, boolean posTagRegExp) {
                return new String[] {token.getToken()};
            }
        };

        assertThat(SynthesizerMemo.forLanguage(language)).isNull();
        verify(language, never()).setSynthesizer(any());
        assertThat(SynthesizerMemo.answersByLemma(foreign)).isFalse();
        assertThat(SynthesizerMemo.answersByLemma(null)).isFalse();
        assertThat(SynthesizerMemo.answersByLemma(ownAnswers)).isFalse();
        assertThat(SynthesizerMemo.answersByLemma(FrenchSynthesizer.INSTANCE)).isTrue();
    }
}
