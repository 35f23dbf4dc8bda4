package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the {@code run} command's JVM with SIGKILL in the middle of the align step, runs it again,
 * and checks that every article ends aligned once: nothing lost, nothing doubled.
 */
class RestartAfterKillTest {

    private static final int ARTICLES = 40;
    private static final Duration LIMIT = Duration.ofMinutes(4);

    @TempDir
    Path work;

    @Test
    void aRunKilledDuringAlignmentCompletesWhenStartedAgain() throws Exception {
        Path corpus = copiesOfTheProjectCorpus(work, ARTICLES);
        String url = "jdbc:h2:file:" + work.resolve("data/songngu") + ";AUTO_SERVER=TRUE";

        Process first = start(corpus, "first.log");
        int alignedAtKill = killDuringAlignment(first, url);
        int alignedAfterKill = count(url, "SELECT COUNT(*) FROM article WHERE status = 'ALIGNED'");

        assertThat(alignedAtKill)
                .as("killed while the align step was storing articles")
                .isBetween(1, ARTICLES - 1);
        assertThat(alignedAfterKill).isLessThan(ARTICLES);

        Process second = start(corpus, "second.log");
        assertThat(second.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS))
                .as("second run finished")
                .isTrue();
        String output = Files.readString(work.resolve("second.log"));
        assertThat(second.exitValue()).as(output).isZero();
        assertThat(output).contains("completed after an interrupted run").contains("0 failed");

        assertThat(count(url, "SELECT COUNT(*) FROM article WHERE status = 'ALIGNED'"))
                .isEqualTo(ARTICLES);
        assertThat(count(
                        url,
                        "SELECT COUNT(*) FROM (SELECT article_id, lang_pair, idx FROM bead "
                                + "GROUP BY article_id, lang_pair, idx HAVING COUNT(*) > 1) doubled"))
                .isZero();
        for (String pair : List.of("fr-vi", "fr-en")) {
            String target = pair.substring(3);
            // Every French and target sentence of every article lies in exactly one bead.
            assertThat(count(
                            url,
                            "SELECT COUNT(*) FROM article a WHERE "
                                    + "(SELECT COALESCE(SUM(src_end - src_start), 0) FROM bead b WHERE b.article_id "
                                    + "= a.id AND b.lang_pair = '"
                                    + pair + "')"
                                    + " <> (SELECT COUNT(*) FROM sentence s WHERE s.article_id = a.id AND s.lang = "
                                    + "'fr')"
                                    + " OR (SELECT COALESCE(SUM(tgt_end - tgt_start), 0) FROM bead b WHERE "
                                    + "b.article_id = a.id AND b.lang_pair = '"
                                    + pair + "')"
                                    + " <> (SELECT COUNT(*) FROM sentence s WHERE s.article_id = a.id AND s.lang = '"
                                    + target + "')"))
                    .as("articles whose %s beads do not cover their sentences", pair)
                    .isZero();
        }
        assertThat(statuses(url)).containsExactly("FAILED", "COMPLETED");
    }

    /** {@code count} article folders in {@code work/corpus}, copied in turn from the project's corpus/. */
    static Path copiesOfTheProjectCorpus(Path work, int count) throws IOException {
        List<Path> sources;
        try (Stream<Path> folders = Files.list(Path.of("corpus"))) {
            sources = folders.filter(Files::isDirectory).sorted().toList();
        }
        Path corpus = work.resolve("corpus");
        for (int i = 0; i < count; i++) {
            Path source = sources.get(i % sources.size());
            Path copy = corpus.resolve(String.format("%03d-%s", i, source.getFileName()));
            Files.createDirectories(copy);
            try (Stream<Path> files = Files.list(source)) {
                for (Path file : files.toList()) {
                    Files.copy(file, copy.resolve(file.getFileName()));
                }
            }
        }
        return corpus;
    }

    private Process start(Path corpus, String log) throws IOException {
        String classpath = Path.of("target/classes").toAbsolutePath()
                + java.io.File.pathSeparator
                + Files.readString(Path.of("target/runtime-classpath.txt")).strip();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-Dsongngu.chunk-size=1",
                "-Dsongngu.glossary=" + Path.of("glossary").toAbsolutePath(),
                "-cp",
                classpath,
                "org.songngu.SongnguApplication",
                "run",
                "--corpus",
                corpus.toString()));
        return new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(log).toFile())
                .start();
    }

    /** Polls the child's database and kills the child once some, not all, articles are aligned. */
    private int killDuringAlignment(Process child, String url) throws Exception {
        Instant deadline = Instant.now().plus(LIMIT);
        while (Instant.now().isBefore(deadline) && child.isAlive()) {
            try (Connection connection = connectWhenReady(url, deadline)) {
                while (Instant.now().isBefore(deadline) && child.isAlive()) {
                    int aligned = count(connection, "SELECT COUNT(*) FROM article WHERE status = 'ALIGNED'");
                    if (aligned > 0) {
                        child.destroyForcibly().waitFor();
                        return aligned;
                    }
                    Thread.sleep(5);
                }
            } catch (SQLException e) {
                // The child was still creating its tables, or its sharing server changed: connect again.
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the run ended or timed out before the align step stored an article:\n"
                + Files.readString(work.resolve("first.log")));
    }

    /** The password the run generated into its owner-only data folder on first start. */
    private String password() throws IOException {
        return Files.readString(work.resolve("data/songngu.secret")).strip();
    }

    private Connection connectWhenReady(String url, Instant deadline) throws Exception {
        while (true) {
            try {
                if (!Files.exists(work.resolve("data/songngu.lock.db"))) {
                    // Only through the child: opened from here first, the file would be created by this JVM.
                    throw new IOException("the child has not opened its database yet");
                }
                Connection connection = DriverManager.getConnection(url, "sa", password());
                try {
                    count(connection, "SELECT COUNT(*) FROM article");
                    return connection;
                } catch (SQLException e) {
                    connection.close();
                    throw e;
                }
            } catch (SQLException | IOException e) {
                // Not there yet: no password file, or Flyway has not created the tables.
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    private int count(String url, String sql) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(url, "sa", password())) {
            return count(connection, sql);
        }
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private List<String> statuses(String url) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(url, "sa", password());
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID")) {
            List<String> statuses = new ArrayList<>();
            while (rows.next()) {
                statuses.add(rows.getString(1));
            }
            return statuses;
        }
    }
}
