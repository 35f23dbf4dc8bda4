package org.songngu.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class FrenchCheckerFailureTest {

    private static final QualitySettings SETTINGS = QualitySettings.defaults().withThreads(2)
            .withArticleTimeout(Duration.ofMillis(200));

    @Test
    void reportsALanguageToolFailureAsAFailedArticleAndGoesOn() {
        AtomicBoolean broken = new AtomicBoolean(true);
        TextChecker.Factory factory = () -> (text, deadline) -> {
            if (broken.get()) {
                throw new IOException("dictionary missing");
            }
            return List.of();
        };
        try (FrenchChecker checker = new FrenchChecker(SETTINGS, List.of(), List.of(), factory)) {
            ArticleCheck failed = checker.check(List.of("Une phrase.", "Une autre phrase."), List.of());
            broken.set(false);
            ArticleCheck next = checker.check(List.of("Une phrase.", "Une autre phrase."), List.of());

            assertThat(failed.isFailed()).isTrue();
            assertThat(failed.failure()).isEqualTo("LanguageTool failed: IOException: dictionary missing");
            assertThat(failed.sentences()).isEmpty();
            assertThat(failed.summary().sentences()).isEqualTo(2);
            assertThat(next.isFailed()).isFalse();
            assertThat(next.sentences()).hasSize(2);
        }
    }

    @Test
    void aSlowStartUpUnderWayIsNotCountedAgainstTheFirstArticle() throws Exception {
        // Building a checker takes longer than an article may: only the check itself is timed.
        TextChecker.Factory slowToBuild = () -> {
            try {
                Thread.sleep(600);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return (text, deadline) -> List.of();
        };
        try (FrenchChecker checker = new FrenchChecker(SETTINGS, List.of(), List.of(), slowToBuild)) {
            Thread warmUp = new Thread(checker::warmUp);
            warmUp.start();
            Thread.sleep(50);

            ArticleCheck first = checker.check(List.of("Une première phrase."), List.of());

            assertThat(first.isFailed()).as(first.failure()).isFalse();
            warmUp.join();
        }
    }

    @Test
    void reportsATimeOutAsAFailedArticleAndCachesNothing() {
        TextChecker.Factory slow = () -> (text, deadline) -> {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        };
        try (FrenchChecker checker = new FrenchChecker(SETTINGS, List.of(), List.of(), slow)) {
            long start = System.nanoTime();
            ArticleCheck result = checker.check(List.of("Une phrase lente."), List.of());

            assertThat(result.failure()).isEqualTo("French check timed out after 200 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_500));
            assertThat(checker.cachedSentences()).isZero();
        }
    }

    @Test
    void refusesToStartWhenLanguageToolCannotBeBuilt() {
        TextChecker.Factory broken = () -> {
            throw new IOException("no French module");
        };
        try (FrenchChecker checker = new FrenchChecker(SETTINGS, List.of(), List.of(), broken)) {
            assertThatThrownBy(checker::warmUp).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no French module");
        }
    }
}
