package org.songngu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import picocli.CommandLine;

/** {@code import-tmx}: an earlier memory becomes approved, aligned pairs; bad files are refused. */
@SpringBootTest
@ActiveProfiles("test")
class ImportTmxCommandTest {

    private static final String MEMORY = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4">
              <header creationtool="OmegaT" creationtoolversion="6" segtype="sentence" o-tmf="omt" adminlang="en"
                      srclang="fr-FR" datatype="plaintext"/>
              <body>
                <tu tuid="1">
                  <tuv xml:lang="fr-FR"><seg>Le Front de la Patrie a tenu son congrès.</seg></tuv>
                  <tuv xml:lang="vi-VN"><seg>Mặt trận Tổ quốc tổ chức đại hội.</seg></tuv>
                  <tuv xml:lang="en-US"><seg>The Fatherland Front held its congress.</seg></tuv>
                </tu>
                <tu tuid="2">
                  <tuv xml:lang="fr-FR"><seg>Le dialogue <bpt i="1">&lt;b&gt;</bpt>direct<ept i="1">&lt;/b&gt;</ept> est devenu courant.</seg></tuv>
                  <tuv xml:lang="vi-VN"><seg>Đối thoại trực tiếp đã trở thành nền nếp.</seg></tuv>
                </tu>
                <tu tuid="3">
                  <tuv xml:lang="vi-VN"><seg>Chỉ có tiếng Việt.</seg></tuv>
                  <tuv xml:lang="en-US"><seg>Only Vietnamese and English.</seg></tuv>
                </tu>
              </body>
            </tmx>
            """;

    @Autowired
    ObjectProvider<ImportTmxCommand> commands;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void importsUnitsAsApprovedAlignedPairs() throws IOException {
        Path file = dir.resolve("omegat-project.tmx");
        Files.writeString(file, MEMORY);

        Result result = run("--in", file.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("2 unit(s) as article tmx-omegat-project (2 with Vietnamese, 1 with English, 1 ");
        assertThat(jdbc.sql("SELECT status FROM article WHERE id = 'tmx-omegat-project'").query(String.class).single())
                .isEqualTo("ALIGNED");
        assertThat(jdbc.sql("""
                SELECT lang_pair || ' ' || status || ' ' || src_text || ' = ' || tgt_text FROM bead
                WHERE article_id = 'tmx-omegat-project' ORDER BY lang_pair, idx""").query(String.class).list())
                .containsExactly(
                        "fr-en APPROVED Le Front de la Patrie a tenu son congrès. = The Fatherland Front held its congress.",
                        "fr-en PENDING Le dialogue direct est devenu courant. = ",
                        "fr-vi APPROVED Le Front de la Patrie a tenu son congrès. = Mặt trận Tổ quốc tổ chức đại hội.",
                        "fr-vi APPROVED Le dialogue direct est devenu courant. = Đối thoại trực tiếp đã trở thành nền nếp.");
    }

    @Test
    void aMalformedFileIsRefusedWithItsPosition() throws IOException {
        Path file = dir.resolve("broken.tmx");
        Files.writeString(file, "<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"fr\"><seg>ouvert</tuv></body></tmx>");

        Result result = run("--in", file.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("import-tmx: " + file).containsPattern("line \\d+");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article WHERE id = 'tmx-broken'").query(Integer.class).single()).isZero();
    }

    @Test
    void aMissingFileIsRefused() {
        Result result = run("--in", dir.resolve("nowhere.tmx").toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("no file");
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(commands.getObject());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    private record Result(int exit, String out, String err) {
    }
}
