package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.songngu.glossary.Glossary;
import org.songngu.glossary.GlossaryFormatException;
import org.songngu.glossary.GlossaryLoad;
import org.songngu.system.SongnguProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import picocli.CommandLine;

/**
 * One run over a corpus of bad inputs next to good ones: each bad article gets a clear error on
 * its own line and in the store, and the good ones are processed all the same.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputRunTest {

    // Each article gets its own day: text shared by several articles would be learned as site chrome.
    private static final String FRENCH = """
            Le Comité populaire provincial a tenu une réunion le %1$d juillet 2023 pour examiner la réforme des \
            procédures administratives dans les communes.

            Les délégués ont discuté des résultats obtenus dans le cadre du guichet unique et des services publics en \
            ligne de la province depuis le %1$d juin.
            """;
    private static final String VIETNAMESE = """
            Ngày %1$d/7/2023, Ủy ban nhân dân tỉnh tổ chức cuộc họp để xem xét công tác cải cách thủ tục hành chính \
            tại các xã.

            Các đại biểu đã thảo luận về kết quả đạt được trong việc thực hiện cơ chế một cửa và dịch vụ công trực \
            tuyến của tỉnh từ ngày %1$d/6.
            """;

    @Autowired
    SongnguProperties properties;

    @Autowired
    AlignmentRuns runs;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    static Path corpus;

    private String output;
    private int exitCode;

    @BeforeAll
    void runOverABadCorpus() throws IOException {
        write("bad-empty/fr.txt", "");
        write("bad-empty/vi.txt", VIETNAMESE.formatted(1));
        write(
                "bad-chrome-only/fr.txt",
                "Comment (0)\n\nLaissez un commentaire pour partager vos ressentis !\n\nFooter Banner Agribank\n");
        write("bad-binary/fr.txt", "");
        Files.write(
                corpus.resolve("bad-binary/fr.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3});
        write("bad-big/fr.txt", FRENCH.formatted(2).repeat(5 * 1024 * 1024 / FRENCH.length() + 10));
        write("bad-language/fr.txt", FRENCH.formatted(3));
        write("bad-language/en.txt", FRENCH.formatted(4));
        write("bad-no-french/vi.txt", VIETNAMESE.formatted(5));
        write("bad-utf8/fr.txt", "");
        Files.write(
                corpus.resolve("bad-utf8/fr.txt"),
                "Le Comité a tenu une r\u00e9union.".getBytes(StandardCharsets.ISO_8859_1));
        write("ok-missing-english/fr.txt", FRENCH.formatted(6));
        write("ok-missing-english/vi.txt", VIETNAMESE.formatted(6));
        write("ok-html/fr.html", html("fr", FRENCH.formatted(7)));
        write("ok-html/vi.html", html("vi", VIETNAMESE.formatted(7)));

        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(new RunCommand(
                runs,
                new GlossaryLoad(
                        Glossary.empty(),
                        List.of(new GlossaryFormatException(
                                Path.of("glossary/glossary.csv"), 12, "expected 4 cells (fr,vi,en,note) but found 2"))),
                properties,
                new RunProgress(),
                new StageTimes()));
        commandLine.setOut(new PrintWriter(out));
        exitCode = commandLine.execute("--corpus", corpus.toString());
        output = out.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "bad-empty       | fr.txt: file is empty",
                "bad-chrome-only | fr.txt: holds only site boilerplate",
                "bad-binary      | fr.txt: binary file, not text",
                "bad-big         | fr.txt: file is 5.1 MB, over the limit of 5.0 MB",
                "bad-language    | en.txt: is written in French, not English",
                "bad-no-french   | no French version (fr.txt or fr.html)",
                "bad-utf8        | fr.txt: not valid UTF-8",
            })
    void eachBadArticleFailsWithAClearReasonOnItsOwnLineAndInTheStore(String article, String reason) {
        assertThat(output).containsPattern("(?m)^failed " + article + ": " + java.util.regex.Pattern.quote(reason));
        assertThat(jdbc.sql("SELECT last_error FROM article WHERE id = ?")
                        .param(article)
                        .query(String.class)
                        .single())
                .contains(reason);
    }

    @Test
    void theRestOfTheRunGoesOnAndTheRunReportsFailure() {
        assertThat(output)
                .contains("processed ok-missing-english")
                .contains("processed ok-html")
                .contains("2 processed, 0 unchanged, 7 failed");
        assertThat(exitCode).isEqualTo(1);
    }

    @Test
    void aMissingTranslationIsAlignedWithWhatExists() {
        assertThat(jdbc.sql("SELECT lang_pair, COUNT(*) FROM bead WHERE article_id = 'ok-missing-english' GROUP "
                                + "BY lang_pair")
                        .query((rs, row) -> rs.getString(1) + "=" + rs.getInt(2))
                        .list())
                .containsExactly("fr-vi=2");
    }

    @Test
    void scriptsAndStylesOfAnHtmlPageNeverReachTheSentences() {
        List<String> sentences = jdbc.sql("SELECT content FROM sentence WHERE article_id = 'ok-html'")
                .query(String.class)
                .list();

        assertThat(sentences)
                .hasSize(4)
                .noneMatch(text -> text.contains("alert") || text.contains("color") || text.contains("Menu"));
    }

    @Test
    void glossaryProblemsArePrintedAndTheRunGoesOn() {
        assertThat(output)
                .contains("glossary: "
                        + properties.glossaryPath().toAbsolutePath().normalize()
                        + " (0 terms; left out: 1 bad row or file, listed in the log)");
    }

    private static String html(String language, String text) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : text.strip().split("\n\n")) {
            body.append("<p>").append(paragraph).append("</p>\n");
        }
        return """
                <!DOCTYPE html><html lang="%s"><head><title>t</title>
                <style>p { color: red; }</style><script>alert('chrome');</script></head>
                <body><nav><a href="/">Menu</a></nav><article>%s</article>
                <script>document.write('alert');</script></body></html>
                """.formatted(language, body);
    }

    private void write(String name, String content) throws IOException {
        Path file = corpus.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
