package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.testing.PostgresTestDatabase;

/**
 * Remote partitioning with real processes on a real PostgreSQL ({@code SONGNGU_TEST_PG_URL}): worker
 * JVMs and {@code run --remote} JVMs started from the built classes, killed with SIGKILL where it
 * hurts. Every wait polls a condition in the database or a process's end, with generous limits, so
 * a loaded machine makes it slower, not wrong.
 */
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+")
class RemoteWorkersTest {

    private static final Duration LIMIT = Duration.ofMinutes(20);

    private final String url = System.getenv(PostgresTestDatabase.URL_VARIABLE);
    private final String user = System.getenv().getOrDefault("SONGNGU_TEST_PG_USER", "songngu");
    private final String password = System.getenv().getOrDefault("SONGNGU_TEST_PG_PASSWORD", "songngu");
    private final List<Process> children = new ArrayList<>();

    @TempDir
    Path work;

    @BeforeEach
    void emptyDatabase() throws SQLException {
        emptySchema();
    }

    @AfterEach
    void stopChildren() throws InterruptedException {
        for (Process child : children) {
            child.destroyForcibly().waitFor();
        }
    }

    /**
     * A remote run, whose first worker is sent SIGTERM in the middle of an ingest partition and a
     * second worker finishes, stores exactly what a local run stores: both steps' partitions ran on
     * the workers, and the TMX export is the same.
     */
    @Test
    void aRemoteRunStoresExactlyWhatALocalRunStores() throws Exception {
        Path corpus = Path.of("corpus").toAbsolutePath();
        Process local = start("local.log", "run", "--corpus", corpus.toString());
        String localOutput = finish(local, "local.log");
        Map<String, String> stored = storedState();
        assertThat(stored.get("sentences")).isNotEmpty();
        String localTmx = exportTmx("local");

        emptySchema();
        Process worker = start("worker.log", "worker");
        Process remote = start("remote.log", "run", "--corpus", corpus.toString(), "--remote");

        // SIGTERM mid-partition: the worker finishes its chunk, gives the partition back and leaves.
        await(
                "a partition half done",
                () -> count("SELECT COUNT(*) FROM batch_step_execution WHERE step_name "
                                + "LIKE 'ingestWorkerStep:%' AND status = 'STARTED' AND write_count >= 1")
                        > 0,
                remote,
                "remote.log");
        long interrupted = count("SELECT MIN(step_execution_id) FROM batch_step_execution WHERE step_name "
                + "LIKE 'ingestWorkerStep:%' AND status = 'STARTED' AND write_count >= 1");
        worker.destroy();
        assertThat(worker.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS))
                .as("the worker left")
                .isTrue();
        String workerLog = Files.readString(work.resolve("worker.log"));
        assertThat(worker.exitValue()).as(workerLog).isEqualTo(143);
        assertThat(workerLog).contains("partitions executed");
        assertThat(count("SELECT COUNT(*) FROM remote_worker"))
                .as("the worker unregistered")
                .isZero();

        Process second = start("second-worker.log", "worker");
        String remoteOutput = finish(remote, "remote.log");

        assertThat(count("SELECT COUNT(*) FROM batch_step_execution WHERE step_execution_id = " + interrupted
                        + " AND status = 'COMPLETED' AND read_count = write_count"))
                .as("the partition left by SIGTERM, completed " + "with each article read once")
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM batch_step_execution WHERE step_name LIKE 'alignWorkerStep:%' "
                        + "AND status = 'COMPLETED'"))
                .as("align partitions executed by workers")
                .isPositive();
        assertThat(articleLines(remoteOutput))
                .isEqualTo(articleLines(localOutput))
                .isNotEmpty();
        assertThat(storedState()).isEqualTo(stored);
        assertThat(exportTmx("remote")).isEqualTo(localTmx);
        assertThat(count("SELECT COUNT(*) FROM INT_CHANNEL_MESSAGE"))
                .as("requests left queued")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM staged_run"))
                .as("staging left behind")
                .isZero();
        assertThat(second.isAlive()).as("the worker stays for the next run").isTrue();
    }

    @Test
    void aRemoteRunWithoutWorkersFailsWithinTheTimeout() throws Exception {
        Process remote = start(
                "remote.log",
                "run",
                "--corpus",
                Path.of("corpus").toAbsolutePath().toString(),
                "--remote",
                "--min-workers",
                "2",
                "--songngu.remote.worker-timeout=2s");
        assertThat(remote.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(work.resolve("remote.log"));
        assertThat(remote.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("songngu run: no worker joined within 2s (songngu.remote.worker-timeout)");
        assertThat(count("SELECT COUNT(*) FROM batch_job_execution"))
                .as("no run started")
                .isZero();
    }

    /**
     * A worker killed in the middle of a partition: another worker executes the partition again
     * from its last committed chunk. Then the manager is killed: the next {@code run --remote}
     * marks its run failed and completes what it left. Nothing is stored twice.
     */
    @Test
    void killedWorkersAndManagersLoseNothing() throws Exception {
        int articles = 12;
        Path corpus = RestartAfterKillTest.copiesOfTheProjectCorpus(work, articles);
        Process first = start("first-worker.log", "worker");
        Process manager = start("manager.log", "run", "--corpus", corpus.toString(), "--remote");

        // Mid-partition: a worker partition has committed a chunk (one article) and is still running.
        await(
                "a partition half done",
                () -> count("SELECT COUNT(*) FROM batch_step_execution WHERE step_name "
                                + "LIKE 'ingestWorkerStep:%' AND status = 'STARTED' AND write_count >= 1")
                        > 0,
                manager,
                "manager.log");
        first.destroyForcibly().waitFor();
        long interrupted = count("SELECT MIN(step_execution_id) FROM batch_step_execution WHERE step_name "
                + "LIKE 'ingestWorkerStep:%' AND status = 'STARTED' AND write_count >= 1");
        long storedAtKill =
                count("SELECT write_count FROM batch_step_execution WHERE step_execution_id = " + interrupted);

        Process second = start("second-worker.log", "worker");
        await(
                "the interrupted partition completed by another worker",
                () -> count("SELECT COUNT(*) FROM " + "batch_step_execution WHERE step_execution_id = " + interrupted
                                + " AND status = 'COMPLETED'")
                        == 1,
                manager,
                "manager.log");
        assertThat(count("SELECT read_count FROM batch_step_execution WHERE step_execution_id = " + interrupted))
                .as("each article of the partition read once, %d before the kill", storedAtKill)
                .isEqualTo(
                        count("SELECT write_count FROM batch_step_execution WHERE step_execution_id = " + interrupted));

        // The manager dies while partitions remain; the worker goes on with what it holds.
        manager.destroyForcibly().waitFor();

        // The next run's alignment: article "held" is locked, so the worker aligning its range stops
        // there, the range's first article committed (ranges of 3 in id order); that worker is killed.
        List<String> ids;
        try (var folders = Files.list(corpus)) {
            ids = folders.map(folder -> folder.getFileName().toString())
                    .sorted()
                    .toList();
        }
        String held = null;
        for (int i = 0; i < ids.size() && held == null; i++) {
            if (i % 3 == 1 && count("SELECT COUNT(*) FROM article WHERE id = '" + ids.get(i) + "'") == 1) {
                held = ids.get(i);
            }
        }
        assertThat(held).as("a stored article second of its align range").isNotNull();
        Process next;
        long aligning;
        try (Connection lock = connect();
                Statement statement = lock.createStatement()) {
            lock.setAutoCommit(false);
            statement
                    .executeQuery("SELECT id FROM article WHERE id = '" + held + "' FOR NO KEY UPDATE")
                    .close();
            ResultSet backend = statement.executeQuery("SELECT pg_backend_pid()");
            backend.next();
            int lockHolder = backend.getInt(1);
            next = start("next.log", "run", "--corpus", corpus.toString(), "--remote");
            await(
                    "a worker waiting for " + held,
                    () -> count("SELECT COUNT(*) FROM pg_stat_activity WHERE " + lockHolder
                                    + " = ANY(pg_blocking_pids(pid))")
                            > 0,
                    next,
                    "next.log");
            assertThat(count("SELECT COUNT(*) FROM batch_step_execution WHERE step_name LIKE 'alignWorkerStep:%' "
                            + "AND status = 'STARTED'"))
                    .as("the waiting worker is aligning")
                    .isEqualTo(1);
            aligning =
                    count("SELECT step_execution_id FROM batch_step_execution WHERE step_name LIKE 'alignWorkerStep:%' "
                            + "AND status = 'STARTED'");
            assertThat(count("SELECT write_count FROM batch_step_execution WHERE step_execution_id = " + aligning))
                    .as("the range's first article aligned before the held one")
                    .isEqualTo(1);
            second.destroyForcibly().waitFor();
            lock.rollback();
        }
        Process third = start("third-worker.log", "worker");
        String output = finish(next, "next.log");
        assertThat(output).contains("0 failed");
        assertThat(articleLines(output)).hasSize(articles);
        // Executed again from its committed first article, the range selects what is still pending:
        // the two articles after it (the counts go on from the first execution's commit).
        assertThat(rows("SELECT status, read_count, write_count FROM batch_step_execution WHERE step_execution_id = "
                        + aligning))
                .as("the align range of the killed worker completed by another, each article aligned once")
                .isEqualTo("COMPLETED\t3\t3\n");

        assertThat(count("SELECT COUNT(*) FROM article WHERE status = 'ALIGNED'"))
                .isEqualTo(articles);
        assertThat(count("SELECT COUNT(*) FROM (SELECT article_id, lang_pair, idx FROM bead "
                        + "GROUP BY article_id, lang_pair, idx HAVING COUNT(*) > 1) doubled"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM article a WHERE (SELECT COALESCE(SUM(src_end - src_start), 0) FROM "
                        + "bead b "
                        + "WHERE b.article_id = a.id AND b.lang_pair = 'fr-vi') <> (SELECT COUNT(*) FROM "
                        + "sentence s "
                        + "WHERE s.article_id = a.id AND s.lang = 'fr')"))
                .as("articles whose beads do not cover their sentences")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM (SELECT article_id, sentence_idx, rule_id, start_pos FROM finding "
                        + "GROUP BY article_id, sentence_idx, rule_id, start_pos HAVING COUNT(*) > 1) doubled"))
                .isZero();
        assertThat(statuses()).containsExactly("FAILED", "COMPLETED");
        assertThat(third.isAlive()).isTrue();
    }

    /** Every unit of the database's TMX export (both pairs, any status), without its dates. */
    private String exportTmx(String name) throws Exception {
        Path tmx = work.resolve(name + ".tmx");
        finish(
                start(
                        name + "-export.log",
                        "export-tmx",
                        "--pair",
                        "fr-vi-en",
                        "--status",
                        "any",
                        "--out",
                        tmx.toString()),
                name + "-export.log");
        String exported = Files.readString(tmx).replaceAll("(creation|change)date=\"[^\"]*\"", "");
        assertThat(exported).contains("<tu");
        return exported;
    }

    private Process start(String log, String... arguments) throws IOException {
        String classpath = Path.of("target/classes").toAbsolutePath()
                + File.pathSeparator
                + Files.readString(Path.of("target/runtime-classpath.txt")).strip();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-XX:TieredStopAtLevel=1",
                "-Dsongngu.chunk-size=1",
                "-Dsongngu.remote.partition-size=3",
                "-Dsongngu.remote.align-partition-size=3",
                "-Dsongngu.remote.threads=1",
                "-Dsongngu.remote.poll-interval=200ms",
                "-Dsongngu.remote.heartbeat=1s",
                "-Dsongngu.quality.threads=1",
                // Frugal with the server's connections: test databases often share one server.
                "-Dspring.datasource.hikari.maximum-pool-size=4",
                "-cp",
                classpath,
                "org.songngu.SongnguApplication"));
        if (!arguments[0].equals("worker")) {
            // Workers have no glossary file (none in their working directory either): they use the run's.
            command.add(
                    command.size() - 2 - 1,
                    "-Dsongngu.glossary=" + Path.of("glossary").toAbsolutePath());
        }
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(log).toFile());
        builder.environment().put("SPRING_PROFILES_ACTIVE", "postgres");
        builder.environment().put("SONGNGU_DB_URL", url);
        builder.environment().put("SONGNGU_DB_USER", user);
        builder.environment().put("SONGNGU_DB_PASSWORD", password);
        Process process = builder.start();
        children.add(process);
        return process;
    }

    private String finish(Process process, String log) throws Exception {
        assertThat(process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS))
                .as("%s finished", log)
                .isTrue();
        String output = Files.readString(work.resolve(log));
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private void await(String what, BooleanSupplier condition, Process mustLive, String log) throws Exception {
        Instant deadline = Instant.now().plus(LIMIT);
        while (!condition.getAsBoolean()) {
            if (!mustLive.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError(
                        "never saw " + what + ":\n" + Files.readString(work.resolve(log)) + logsOf("worker"));
            }
            Thread.sleep(20);
        }
    }

    /** The tail of the workers' logs, for a failure's message. */
    private String logsOf(String kind) throws IOException {
        StringBuilder logs = new StringBuilder();
        try (var files = Files.list(work)) {
            for (Path file : files.filter(path -> path.getFileName().toString().contains(kind))
                    .sorted()
                    .toList()) {
                List<String> lines = Files.readAllLines(file);
                logs.append("\n--- ")
                        .append(file.getFileName())
                        .append('\n')
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
            }
        }
        return logs.toString();
    }

    /** The per-article lines of a run's output, in order. */
    private static List<String> articleLines(String output) {
        return output.lines()
                .filter(line -> line.matches("(processed|unchanged|failed) \\S+.*"))
                .toList();
    }

    /** What a run stored, as text: articles, sentences, beads, findings, metadata lines. */
    private Map<String, String> storedState() throws SQLException {
        return Map.of(
                "articles",
                        rows("SELECT id, title, content_hash, status, last_error, check_status FROM article "
                                + "ORDER BY id"),
                "sentences", rows("SELECT article_id, lang, idx, paragraph, content FROM sentence ORDER BY 1, 2, 3"),
                "beads",
                        rows("SELECT article_id, lang_pair, idx, src_start, src_end, tgt_start, tgt_end, "
                                + "ROUND(CAST(confidence AS NUMERIC), 9), status FROM bead ORDER BY 1, 2, 3"),
                "findings",
                        rows("SELECT article_id, sentence_idx, rule_id, start_pos, end_pos, message, suggestions "
                                + "FROM finding ORDER BY 1, 2, 4, 3"),
                "metadata",
                        rows("SELECT article_id, lang, idx, kind, detected_by, content FROM article_metadata "
                                + "ORDER BY 1, 2, 3, 6"),
                // Counted with the run's glossary (its key is the glossary's fingerprint) on whichever process stored
                // them.
                "summaries",
                        rows("SELECT article_id, fr_sentences, findings, vi_total, en_total, missing_terms, "
                                + "review_state, " + "glossary_key FROM article_summary ORDER BY 1"));
    }

    private String rows(String sql) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    text.append(rows.getString(i)).append(i == columns ? '\n' : '\t');
                }
            }
        }
        return text.toString();
    }

    private long count(String sql) {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            // Tables not migrated yet by the first child: nothing there yet.
            return -1;
        }
    }

    private List<String> statuses() throws SQLException {
        List<String> statuses = new ArrayList<>();
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT status FROM batch_job_execution ORDER BY job_execution_id")) {
            while (rows.next()) {
                statuses.add(rows.getString(1));
            }
        }
        return statuses;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private void emptySchema() throws SQLException {
        PostgresTestDatabase.empty(url, user, password);
    }
}
