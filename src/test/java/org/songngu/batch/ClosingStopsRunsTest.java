package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.SongnguApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 22, point 5: closing the application context stops a run under way on the runs' own pool
 * cleanly: the job is asked to stop, ends its current chunk, is recorded STOPPED, and the run's
 * thread is gone, before the database closes. The run is held at a known point without timing: a
 * test connection holds the lock of the first article, so the job waits there until the test sees
 * the stop requested in the job repository. One partition, one article a chunk. The application is
 * the test's own (the test closes it), with a database of its own.
 */
class ClosingStopsRunsTest {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @TempDir
    Path work;

    private DataSource dataSource;

    @Test
    void closingTheContextStopsARunUnderWayAfterItsChunkAndEndsItsThread() throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SongnguApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--songngu.partitions=1",
                        "--songngu.chunk-size=1",
                        // the job may wait for the article's lock as long as the test does
                        "--spring.datasource.url=jdbc:h2:mem:songngu-closing-test;"
                                + "DB_CLOSE_DELAY=0;LOCK_TIMEOUT=600000");
        try {
            AlignmentRuns runs = context.getBean(AlignmentRuns.class);
            dataSource = context.getBean(DataSource.class);
            Path corpus = RestartAfterKillTest.copiesOfTheProjectCorpus(work, 3);
            String first = "000-" + firstProjectArticle();
            CountDownLatch locked = new CountDownLatch(1);
            CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> holdUntilStopRequested(first, locked));
            assertThat(locked.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            Thread[] runThread = new Thread[1];

            Future<RunReport> run = runs.inBackground(() -> {
                runThread[0] = Thread.currentThread();
                return runs.run(corpus);
            });
            awaitJobWaitingForTheLock();
            assertThat(run).isNotDone();

            context.close();

            assertThat(run).as("closing waited for the run").isDone();
            RunReport report = run.get();
            assertThat(report.status()).isEqualTo("STOPPED");
            assertThat(report.articles()).hasSizeLessThan(3);
            holder.get(1, TimeUnit.MINUTES);
            runThread[0].join(PATIENCE.toMillis());
            assertThat(runThread[0].isAlive())
                    .as("the run's thread ended with the pool")
                    .isFalse();
        } finally {
            context.close();
        }
    }

    private static String firstProjectArticle() throws IOException {
        try (var folders = java.nio.file.Files.list(Path.of("corpus"))) {
            return folders.filter(java.nio.file.Files::isDirectory)
                    .sorted()
                    .findFirst()
                    .orElseThrow()
                    .getFileName()
                    .toString();
        }
    }

    /**
     * Stores the article the run reads first and holds its row lock (the one the job takes to store
     * it) until the job repository says the run was asked to stop.
     */
    private void holdUntilStopRequested(String articleId, CountDownLatch locked) {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO article (id, status, updated_at) VALUES ('" + articleId
                        + "', 'FAILED', CURRENT_TIMESTAMP)");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement lock =
                    connection.prepareStatement("SELECT id FROM article WHERE id = ? FOR UPDATE")) {
                lock.setString(1, articleId);
                lock.executeQuery().close();
            }
            locked.countDown();
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!stopRequested(connection)) {
                assertThat(System.nanoTime()).as("the run asked to stop").isLessThan(deadline);
                Thread.sleep(20);
            }
            connection.commit();
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean stopRequested(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STOPPING', 'STOPPED')")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    private void awaitJobWaitingForTheLock() throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            while (true) {
                try (ResultSet rs = statement.executeQuery(
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL")) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return;
                    }
                }
                assertThat(System.nanoTime())
                        .as("the job waiting for the article's lock")
                        .isLessThan(deadline);
                Thread.sleep(20);
            }
        }
    }
}
