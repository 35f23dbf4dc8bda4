package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.store.RunLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import picocli.CommandLine;

/** The {@code run} command: one line per article, a summary, and its exit status. */
@SpringBootTest
@ActiveProfiles("test")
class RunCommandTest {

    private static final String FRENCH = """
            Le Comité populaire provincial a tenu une réunion le 5 juillet 2023 pour examiner la réforme des \
            procédures administratives.

            Les délégués ont discuté des résultats obtenus dans le cadre du guichet unique et des services publics en \
            ligne.
            """;
    private static final String VIETNAMESE = """
            Ngày 5/7/2023, Ủy ban nhân dân tỉnh tổ chức cuộc họp để xem xét công tác cải cách thủ tục hành chính.

            Các đại biểu đã thảo luận về kết quả đạt được trong việc thực hiện cơ chế một cửa và dịch vụ công trực \
            tuyến.
            """;

    @Autowired
    RunCommand command;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RunLock lock;

    @TempDir
    Path corpus;

    @Test
    void reportsEachArticleAndFailsWhenOneFailed() throws IOException {
        write("run-test-good/fr.txt", FRENCH);
        write("run-test-good/vi.txt", VIETNAMESE);
        write("run-test-bad/fr.txt", FRENCH);
        Files.write(corpus.resolve("run-test-bad/vi.txt"), new byte[] {'x', (byte) 0xC3, (byte) 0x28, 'y'});

        Result result = run("--corpus", corpus.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output())
                .contains("processed run-test-good")
                .containsPattern("failed run-test-bad: .*vi.txt.*UTF-8")
                .contains("1 processed, 0 unchanged, 1 failed");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bead WHERE article_id = 'run-test-good' AND lang_pair = 'fr-vi'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT last_error FROM article WHERE id = 'run-test-bad'")
                        .query(String.class)
                        .single())
                .contains("UTF-8");
    }

    @Test
    void aBadFileLaterKeepsWhatWasStoredBefore() throws IOException {
        write("run-test-kept/fr.txt", FRENCH);
        write("run-test-kept/vi.txt", VIETNAMESE);
        assertThat(run("--corpus", corpus.toString()).exitCode()).isZero();

        Files.write(corpus.resolve("run-test-kept/vi.txt"), new byte[] {0, 1, 2, 3, 0, 0, 0});
        Result result = run("--corpus", corpus.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("failed run-test-kept");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bead WHERE article_id = 'run-test-kept'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aMissingCorpusFolderIsAClearErrorBeforeTheRun() {
        Result result = run("--corpus", corpus.resolve("nowhere").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).isEmpty();
        assertThat(result.errors())
                .startsWith("corpus folder " + corpus.resolve("nowhere") + " does not exist:"
                        + " give --corpus the folder that holds one subfolder per article");
    }

    @Test
    void theSummarySaysWhichGlossaryTheRunUsed() throws IOException {
        write("run-test-glossary/fr.txt", FRENCH);
        write("run-test-glossary/vi.txt", VIETNAMESE);

        Result result = run("--corpus", corpus.toString());

        assertThat(result.output())
                .containsPattern("(?m)^glossary: "
                        + java.util.regex.Pattern.quote(
                                Path.of("glossary").toAbsolutePath().toString()) + " \\(\\d+ terms\\)$");
    }

    @Test
    void aSecondRunWhileOneIsRunningIsRefused() throws IOException {
        write("run-test-refused/fr.txt", FRENCH);
        String token = lock.tryAcquire().orElseThrow();
        try {
            Result result = run("--corpus", corpus.toString());

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.errors())
                    .contains("run refused: another run is in progress (process "
                            + ProcessHandle.current().pid());
            assertThat(jdbc.sql("SELECT COUNT(*) FROM article WHERE id = 'run-test-refused'")
                            .query(Integer.class)
                            .single())
                    .isZero();
        } finally {
            lock.release(token);
        }
    }

    @Test
    void aLockLeftByAKilledProcessDoesNotBlockTheNextRun() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        String token = lock.tryAcquire().orElseThrow();
        jdbc.sql("UPDATE run_lock SET pid = ? WHERE holder = ?")
                .params(gone.pid(), token)
                .update();
        write("run-test-after-kill/fr.txt", FRENCH);

        Result result = run("--corpus", corpus.toString());

        assertThat(result.exitCode()).as(result.output() + result.errors()).isZero();
        assertThat(result.output()).contains("processed run-test-after-kill");
    }

    private void write(String name, String content) throws IOException {
        Path file = corpus.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    private record Result(int exitCode, String output, String errors) {}
}
