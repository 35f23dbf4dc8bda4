package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.glossary.Glossary;
import org.songngu.glossary.GlossaryLoad;
import org.songngu.system.SongnguProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import picocli.CommandLine;

/**
 * A corpus folder whose articles link to files outside it: those articles fail with a line that
 * names them and the file, nothing of {@code /etc/passwd} reaches the store, and the run goes on.
 */
@SpringBootTest
@ActiveProfiles("test")
@EnabledOnOs(OS.LINUX)
class OutsideCorpusRunTest {

    private static final String FRENCH = """
            Le Comité populaire provincial a tenu une réunion le 9 août 2023 pour examiner la réforme des procédures \
            administratives dans les communes.

            Les délégués ont discuté des résultats obtenus dans le cadre du guichet unique depuis le 9 juin.
            """;
    private static final String VIETNAMESE = """
            Ngày 9/8/2023, Ủy ban nhân dân tỉnh tổ chức cuộc họp để xem xét công tác cải cách thủ tục hành chính tại \
            các xã.

            Các đại biểu đã thảo luận về kết quả đạt được trong việc thực hiện cơ chế một cửa từ ngày 9/6.
            """;

    @Autowired
    AlignmentRuns runs;

    @Autowired
    SongnguProperties properties;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path work;

    @Test
    void articlesLinkingOutsideTheCorpusFailByNameAndTheRunGoesOn() throws IOException {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Files.createDirectories(corpus.resolve("outside-passwd"));
        Files.createSymbolicLink(corpus.resolve("outside-passwd/fr.txt"), Path.of("/etc/passwd"));
        Files.createDirectories(corpus.resolve("outside-proc"));
        Files.writeString(corpus.resolve("outside-proc/fr.txt"), FRENCH.replace("9 ", "10 "));
        Files.createSymbolicLink(corpus.resolve("outside-proc/vi.txt"), Path.of("/proc/self/environ"));
        Files.createDirectories(corpus.resolve(".shared"));
        Files.writeString(corpus.resolve(".shared/fr.txt"), FRENCH);
        Files.createDirectories(corpus.resolve("inside-link"));
        Files.createSymbolicLink(corpus.resolve("inside-link/fr.txt"), Path.of("../.shared/fr.txt"));
        Files.writeString(corpus.resolve("inside-link/vi.txt"), VIETNAMESE);

        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(new RunCommand(
                runs, new GlossaryLoad(Glossary.empty(), List.of()), properties, new RunProgress(), new StageTimes()));
        commandLine.setOut(new PrintWriter(out));
        int exitCode = commandLine.execute("--corpus", corpus.toString());
        String output = out.toString();

        assertThat(output)
                .containsPattern("(?m)^failed outside-passwd: fr.txt: links outside the corpus$")
                .containsPattern("(?m)^failed outside-proc: vi.txt: links outside the corpus$")
                .containsPattern("(?m)^processed inside-link$");
        assertThat(exitCode).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sentence WHERE content LIKE '%root:%' OR content LIKE '%PATH=%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
