package org.songngu.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.songngu.corpus.Language;

/**
 * Splits a generated text of 50,000 sentences per language (the hard-case and seed paragraphs,
 * repeated) and checks that every sentence comes out as in the tables, within seconds. The
 * bound is loose on purpose: it catches a rule that backtracks badly, not a slow machine.
 */
class SentenceSplitterThroughputTest {

    private static final int SENTENCES = 50_000;
    private static final Duration BOUND = Duration.ofSeconds(30);

    @ParameterizedTest
    @EnumSource(Language.class)
    void splitsFiftyThousandSentencesInSeconds(Language language) {
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
        SentenceSplitter splitter = SentenceSplitter.forLanguage(language);
        splitter.split("Échauffement. Warm-up.");

        // CPU time as well as wall time: the build machine's cores are shared.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        List<Sentence> sentences = splitter.segment(paragraphs);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Duration cpu = Duration.ofNanos(threads.getCurrentThreadCpuTime() - cpuStart);

        assertThat(sentences).extracting(Sentence::text).isEqualTo(expected);
        System.out.printf("%s: %,d sentences in %d ms (%d ms CPU), %,.0f sentences per CPU second%n",
                language, sentences.size(), elapsed.toMillis(), cpu.toMillis(),
                sentences.size() / (cpu.toNanos() / 1e9));
        assertThat(elapsed).isLessThan(BOUND);
    }

    private static Supplier<Stream<Arguments>> rows(Language language) {
        return switch (language) {
            case FR -> () -> Stream.concat(FrenchSentenceSplitterTest.hardCases(), FrenchSeedArticleTest.seedParagraphs());
            case EN -> EnglishSentenceSplitterTest::hardCases;
            case VI -> VietnameseSentenceSplitterTest::hardCases;
        };
    }
}
