package org.songngu.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.songngu.corpus.Language;

/**
 * Splits a generated text of 10,000 sentences per language (the hard-case and seed paragraphs,
 * repeated) in one call and checks that every sentence comes out as in the tables: no state leaks
 * from one paragraph to the next. Speed is not asserted here (no timed unit tests).
 */
class SentenceSplitterVolumeTest {

    private static final int SENTENCES = 10_000;

    @ParameterizedTest
    @EnumSource(Language.class)
    void splitsTenThousandSentencesAsTheTablesSay(Language language) {
        List<String> paragraphs = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        while (expected.size() < SENTENCES) {
            rows(language).get().forEach(row -> {
                paragraphs.add((String) row.get()[0]);
                @SuppressWarnings("unchecked")
                List<String> sentences = (List<String>) row.get()[1];
                expected.addAll(sentences);
            });
        }
        List<Sentence> sentences = SentenceSplitter.forLanguage(language).segment(paragraphs);

        assertThat(sentences).extracting(Sentence::text).isEqualTo(expected);
    }

    private static Supplier<Stream<Arguments>> rows(Language language) {
        return switch (language) {
            case FR ->
                () -> Stream.concat(FrenchSentenceSplitterTest.hardCases(), FrenchSeedArticleTest.seedParagraphs());
            case EN -> EnglishSentenceSplitterTest::hardCases;
            case VI -> VietnameseSentenceSplitterTest::hardCases;
        };
    }
}
