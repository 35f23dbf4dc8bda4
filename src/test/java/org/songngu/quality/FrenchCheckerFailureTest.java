package org.songngu.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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

    /*
     * The time-out rule, on a clock the tests move by hand (no sleeps, nothing that depends on the
     * machine's speed): an hour of time-out, and each wait the rule must leave out lasts two hours
     * on that clock. Were it counted, the article would be past its time-out.
     */
    private static final Duration HOUR = Duration.ofHours(1);

    private static final QualitySettings ONE_HOUR = SETTINGS.withArticleTimeout(HOUR);

    @Test
    void aSlowStartUpUnderWayIsNotCountedAgainstTheFirstArticle() throws Exception {
        // The build waits until the article is waiting for it, then takes two hours.
        AtomicLong clock = new AtomicLong();
        CountDownLatch buildStarted = new CountDownLatch(1);
        AtomicReference<Thread> article = new AtomicReference<>();
        TextChecker.Factory slowToBuild = () -> {
            buildStarted.countDown();
            awaitWaiting(article);
            clock.addAndGet(2 * HOUR.toNanos());
            return (text, deadline) -> List.of();
        };
        try (FrenchChecker checker = new FrenchChecker(ONE_HOUR, List.of(), List.of(), slowToBuild, null, clock::get)) {
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
        // No warm-up: the first check builds its LanguageTool (two hours); that time is not the article's.
        AtomicLong clock = new AtomicLong();
        TextChecker.Factory slowToBuild = () -> {
            clock.addAndGet(2 * HOUR.toNanos());
            return (text, deadline) -> List.of();
        };
        try (FrenchChecker checker = new FrenchChecker(ONE_HOUR, List.of(), List.of(), slowToBuild, null, clock::get)) {
            ArticleCheck first = checker.check(List.of("Une première phrase."), List.of());

            assertThat(first.isFailed()).as(first.failure()).isFalse();
        }
    }

    @Test
    void theWaitInTheQueueBehindAnotherArticleIsNotCountedAgainstAnArticle() throws Exception {
        // One worker. Article A's check takes two hours (past its own hour); article B waits in the
        // queue behind it all that time, then starts its own hour when the worker takes it.
        AtomicLong clock = new AtomicLong();
        CountDownLatch aChecking = new CountDownLatch(1);
        CountDownLatch aDone = new CountDownLatch(1);
        Map<String, Long> deadlines = new ConcurrentHashMap<>();
        TextChecker.Factory factory = () -> (text, deadline) -> {
            deadlines.put(text.getPlainText(), deadline);
            if (text.getPlainText().startsWith("A")) {
                aChecking.countDown();
                awaitLatch(aDone);
            }
            return List.of();
        };
        try (FrenchChecker checker =
                new FrenchChecker(ONE_HOUR.withThreads(1), List.of(), List.of(), factory, null, clock::get)) {
            CompletableFuture<ArticleCheck> a =
                    CompletableFuture.supplyAsync(() -> checker.check(List.of("A est lent."), List.of()));
            aChecking.await();
            CompletableFuture<ArticleCheck> b = new CompletableFuture<>();
            AtomicReference<Thread> bThread = new AtomicReference<>();
            Thread thread = new Thread(() -> b.complete(checker.check(List.of("B attend."), List.of())));
            bThread.set(thread);
            thread.start();
            awaitWaiting(bThread); // B is in the queue, waiting for the worker
            clock.addAndGet(2 * HOUR.toNanos());
            aDone.countDown();

            assertThat(a.get().failure()).isEqualTo("French check timed out after 3600000 ms");
            assertThat(b.get().isFailed()).as(b.get().failure()).isFalse();
            assertThat(deadlines).containsEntry("A est lent.", HOUR.toNanos());
            assertThat(deadlines).containsEntry("B attend.", 3 * HOUR.toNanos());
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
