package org.songngu.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.songngu.corpus.Language;

/** The contract of {@link SentenceSplitter} that holds for every language. */
class SentenceSplitterTest {

    private final SentenceSplitter french = SentenceSplitter.forLanguage(Language.FR);

    @Test
    void segmentTagsSentencesWithTheirParagraphAndNeverJoinsParagraphs() {
        List<Sentence> sentences = french.segment(List.of(
                "Améliorer la qualité du travail de mobilisation des masses",
                "   ",
                "Le matin du 21 décembre, une conférence s'est tenue. Elle a examiné le travail.",
                "Délégués participant à la conférence."));

        assertThat(sentences)
                .containsExactly(
                        new Sentence(0, "Améliorer la qualité du travail de mobilisation des masses"),
                        new Sentence(2, "Le matin du 21 décembre, une conférence s'est tenue."),
                        new Sentence(2, "Elle a examiné le travail."),
                        new Sentence(3, "Délégués participant à la conférence."));
    }

    @Test
    void aParagraphWithoutFinalFullStopStaysApartFromTheNext() {
        List<Sentence> sentences = french.segment(List.of("Fleur de pêche", "Source"));

        assertThat(sentences).containsExactly(new Sentence(0, "Fleur de pêche"), new Sentence(1, "Source"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void blankParagraphsGiveNoSentence(Language language) {
        SentenceSplitter splitter = SentenceSplitter.forLanguage(language);

        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split(" \u00A0\n\t\u202F")).isEmpty();
        assertThat(splitter.segment(List.of())).isEmpty();
    }

    @Test
    void runsOfWhiteSpaceAndLineBreaksInsideAParagraphBecomeOneSpace() {
        assertThat(french.split("  Le Comité\n a tenu   une conférence.\r\n\tIl a conclu.  "))
                .containsExactly("Le Comité a tenu une conférence.", "Il a conclu.");
    }

    @Test
    void aSingleNoBreakSpaceIsKept() {
        assertThat(french.split("Camarades\u00A0: Nguyen Tien Thanh a présidé."))
                .containsExactly("Camarades\u00A0: Nguyen Tien Thanh a présidé.");
    }

    static Stream<Arguments> everyHardCase() {
        return Stream.of(
                        FrenchSentenceSplitterTest.hardCases().map(row -> withLanguage(Language.FR, row)),
                        EnglishSentenceSplitterTest.hardCases().map(row -> withLanguage(Language.EN, row)),
                        VietnameseSentenceSplitterTest.hardCases().map(row -> withLanguage(Language.VI, row)),
                        FrenchSeedArticleTest.seedParagraphs().map(row -> withLanguage(Language.FR, row)))
                .flatMap(rows -> rows);
    }

    private static Arguments withLanguage(Language language, Arguments row) {
        return Arguments.of(language, row.get()[0]);
    }

    @ParameterizedTest
    @MethodSource("everyHardCase")
    void sentencesAreTrimmedNonEmptyAndHoldEveryNonSpaceCharacterInOrder(Language language, String paragraph) {
        List<String> sentences = SentenceSplitter.forLanguage(language).split(paragraph);

        assertThat(sentences).isNotEmpty().allSatisfy(sentence -> {
            assertThat(sentence).isNotBlank();
            assertThat(SentenceSplitter.trim(sentence)).isEqualTo(sentence);
        });
        assertThat(withoutSpaces(String.join("", sentences))).isEqualTo(withoutSpaces(paragraph));
    }

    private static String withoutSpaces(String text) {
        return text.replaceAll("[\\s\\p{Zs}]", "");
    }

    @Test
    void splittersAreSharedPerLanguage() {
        assertThat(SentenceSplitter.forLanguage(Language.VI)).isSameAs(SentenceSplitter.forLanguage(Language.VI));
        assertThat(SentenceSplitter.forLanguage(Language.VI).language()).isEqualTo(Language.VI);
        assertThat(SentenceSplitter.forLanguage(Language.EN)).isNotSameAs(SentenceSplitter.forLanguage(Language.FR));
    }

    @Test
    void givesTheSameSentencesFromSeveralThreadsAsFromOne() throws Exception {
        List<String> paragraphs = everyHardCase()
                .filter(row -> row.get()[0] == Language.FR)
                .map(row -> (String) row.get()[1])
                .toList();
        List<Sentence> expected = french.segment(paragraphs);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Sentence>>> results = new ArrayList<>();
            for (int task = 0; task < 16; task++) {
                results.add(pool.submit(
                        () -> SentenceSplitter.forLanguage(Language.FR).segment(paragraphs)));
            }
            for (Future<List<Sentence>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rejectsNullArgumentsNamingThem() {
        assertThatThrownBy(() -> SentenceSplitter.forLanguage(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("language");
        assertThatThrownBy(() -> french.split(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("paragraph");
        assertThatThrownBy(() -> french.segment(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("paragraphs");
        assertThatThrownBy(() -> french.segment(Arrays.asList("Une phrase.", null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("paragraph 1 is null");
    }
}
