package org.songngu.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.songngu.corpus.LanguagePair;
import org.songngu.store.ArticleStore;
import org.songngu.store.Bead;
import org.songngu.store.BeadRow;
import org.songngu.store.BeadStatus;
import org.songngu.store.BeadStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The job storing an alignment ({@link ArticleStore#saveAlignment}) and a reviewer's action
 * ({@link BeadActions}) on the same article take the same lock ({@link BeadStore#lockArticle}) and
 * run one after the other, in either order. Each test holds one side's transaction open, waits until
 * the database reports the other side waiting for a lock (no sleep decides anything), then lets the
 * first commit and checks that the second saw its result.
 */
@SpringBootTest
@ActiveProfiles("test")
class JobAndReviewerLockTest {

    private static final LanguagePair PAIR = LanguagePair.FR_VI;
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @Autowired
    BeadActions actions;

    @Autowired
    ArticleStore articles;

    @Autowired
    BeadStore beads;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationContext context;

    private ReviewFixture fixture;
    private ExecutorService threads;

    @BeforeEach
    void storeAnArticle() {
        fixture = new ReviewFixture(context, "job-and-reviewer-lock-test");
        fixture.storeOneToOne(0.9, 0.8, 0.7);
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void deleteIt() throws InterruptedException {
        threads.shutdownNow();
        assertThat(threads.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        fixture.delete();
    }

    @Test
    void aRealignmentWaitsForAReviewerAndThenKeepsTheReviewersBeads() throws Exception {
        Bead first = beads.beads(fixture.articleId, PAIR).get(0);
        CountDownLatch reviewerHoldsTheLock = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> reviewer = threads.submit(() -> inTransaction(() -> {
            actions.approve(first.id(), first.version(), "lan");
            reviewerHoldsTheLock.countDown();
            await(release);
            return null;
        }));
        await(reviewerHoldsTheLock);

        Future<Boolean> job = threads.submit(() -> inTransaction(() -> articles.saveAlignment(
                fixture.articleId, Map.of(PAIR, List.of(new BeadRow(0, 0, 3, 0, 3, "F", "V", 0.5))), 99)));
        awaitOneSessionWaitingForALock();
        assertThat(job).isNotDone();
        release.countDown();
        reviewer.get();

        assertThat(job.get()).as("the job saw the approval and stored nothing").isFalse();
        List<Bead> after = beads.beads(fixture.articleId, PAIR);
        assertThat(after).hasSize(3);
        assertThat(after.get(0).status()).isEqualTo(BeadStatus.APPROVED);
        assertThat(jdbc.sql("SELECT model_version FROM article WHERE id = ?")
                        .param(fixture.articleId)
                        .query(Integer.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void aReviewerActionWaitsForTheJobAndThenFindsTheNewBeads() throws Exception {
        Bead first = beads.beads(fixture.articleId, PAIR).get(0);
        CountDownLatch jobHoldsTheLock = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Boolean> job = threads.submit(() -> inTransaction(() -> {
            boolean stored = articles.saveAlignment(
                    fixture.articleId, Map.of(PAIR, List.of(new BeadRow(0, 0, 3, 0, 3, "F", "V", 0.5))), 99);
            jobHoldsTheLock.countDown();
            await(release);
            return stored;
        }));
        await(jobHoldsTheLock);

        Future<?> reviewer =
                threads.submit(() -> inTransaction(() -> actions.approve(first.id(), first.version(), "lan")));
        awaitOneSessionWaitingForALock();
        assertThat(reviewer).isNotDone();
        release.countDown();
        assertThat(job.get()).isTrue();

        assertThatThrownBy(reviewer::get)
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOf(BeadConflictException.class)
                .hasMessageContaining("merged into another bead or removed");
        assertThat(beads.beads(fixture.articleId, PAIR)).singleElement().satisfies(bead -> {
            assertThat(bead.status()).isEqualTo(BeadStatus.PENDING);
            assertThat(bead.srcEnd()).isEqualTo(3);
        });
    }

    /**
     * Runs {@code work} in a transaction of its own. H2 gives up waiting for a row lock after one
     * second by default, too short on a loaded machine: the session waits as long as the test does.
     */
    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> {
            if (h2()) {
                jdbc.sql("SET LOCK_TIMEOUT " + PATIENCE.toMillis()).update();
            }
            try {
                return work.get();
            } finally {
                if (h2()) {
                    jdbc.sql("SET LOCK_TIMEOUT 1000").update();
                }
            }
        });
    }

    /** Waits until the database reports a session waiting for another's lock. */
    private void awaitOneSessionWaitingForALock() throws InterruptedException {
        String query = h2()
                ? "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL"
                : "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = "
                        + "'Lock'";
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (jdbc.sql(query).query(Long.class).single() == 0) {
            assertThat(System.nanoTime())
                    .as("a session waiting for the article's lock")
                    .isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private boolean h2() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("H2");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
