package org.songngu.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class FrenchCheckerFailureTest {

    private static final QualitySettings SETTINGS =
            QualitySettings.defaults().withThreads(2).withArticleTimeout(Duration.ofMillis(200));

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
        // Building LanguageTool takes longer than an article may: only the check itself is timed.
        // The build waits until the article is waiting for it, then takes 2.5 s against 1 s.
        QualitySettings settings = SETTINGS.withArticleTimeout(Duration.ofSeconds(1));
        CountDownLatch buildStarted = new CountDownLatch(1);
        AtomicReference<Thread> article = new AtomicReference<>();
        TextChecker.Factory slowToBuild = () -> {
            buildStarted.countDown();
            awaitWaiting(article);
            sleep(2_500);
            return (text, deadline) -> List.of();
        };
        try (FrenchChecker checker = new FrenchChecker(settings, List.of(), List.of(), slowToBuild)) {
            Thread warmUp = new Thread(checker::warmUp);
            warmUp.start();
            buildStarted.await();
            CompletableFuture<ArticleCheck> first = new CompletableFuture<>();
            Thread thread = new Thread(() -> first.complete(checker.check(List.of("Une première phrase."), List.of())));
            article.set(thread);
            thread.start();

            assertThat(first.get().isFailed()).as(first.get().failure()).isFalse();
            warmUp.join();
        }
    }

    @Test
    void aLanguageToolBuiltForTheArticleIsNotCountedAgainstIt() {
        // No warm-up: the first check builds its LanguageTool; that time is not the article's.
        TextChecker.Factory slowToBuild = () -> {
            sleep(2_500);
            return (text, deadline) -> List.of();
        };
        try (FrenchChecker checker = new FrenchChecker(
                SETTINGS.withArticleTimeout(Duration.ofSeconds(1)), List.of(), List.of(), slowToBuild)) {
            ArticleCheck first = checker.check(List.of("Une première phrase."), List.of());

            assertThat(first.isFailed()).as(first.failure()).isFalse();
        }
    }

    @Test
    void theWaitBehindAnotherArticleIsNotCountedAgainstAnArticle() throws Exception {
        // One worker. Article A's check hangs 2.5 s (it times out after its own 1 s); article B,
        // queued behind it meanwhile, starts its 1 s only when the worker takes it.
        CountDownLatch aChecking = new CountDownLatch(1);
        TextChecker.Factory factory = () -> (text, deadline) -> {
            if (text.getPlainText().startsWith("A")) {
                aChecking.countDown();
                sleepUninterruptibly(2_500);
            }
            return List.of();
        };
        try (FrenchChecker checker = new FrenchChecker(
                SETTINGS.withThreads(1).withArticleTimeout(Duration.ofSeconds(1)), List.of(), List.of(), factory)) {
            CompletableFuture<ArticleCheck> a =
                    CompletableFuture.supplyAsync(() -> checker.check(List.of("A est lent."), List.of()));
            aChecking.await();
            ArticleCheck b = checker.check(List.of("B est rapide."), List.of());

            assertThat(a.get().failure()).isEqualTo("French check timed out after 1000 ms");
            assertThat(b.isFailed()).as(b.failure()).isFalse();
        }
    }

    /** Waits (without a time limit) until the thread has been started and is blocked or waiting. */
    private static void awaitWaiting(AtomicReference<Thread> thread) {
        while (thread.get() == null
                || !EnumSet.of(Thread.State.WAITING, Thread.State.TIMED_WAITING)
                        .contains(thread.get().getState())) {
            Thread.onSpinWait();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepUninterruptibly(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            sleep(Math.max(1, (end - System.nanoTime()) / 1_000_000));
            Thread.interrupted();
        }
    }

    @Test
    void reportsATimeOutAsAFailedArticleAndCachesNothing() {
        TextChecker.Factory slow = () -> (text, deadline) -> {
            if (text.getPlainText().equals(FrenchChecker.WARM_UP_TEXT)) {
                return List.of(); // a new LanguageTool's first check is start-up, not timed
            }
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
            assertThatThrownBy(checker::warmUp)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no French module");
        }
    }
}
