package org.songngu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.tmx.DtdValidator;
import org.songngu.tmx.ExportTmxCommand;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import picocli.CommandLine;

/**
 * {@code import-tmx}: a memory becomes aligned pairs with what it knew of each unit; foreign memories
 * (OmegaT, Trados, memoQ styles) keep what maps and report what does not; nothing existing is
 * overwritten without --replace, a corpus article never; a failure stores nothing.
 */
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
                  <tuv xml:lang="fr-FR"><seg>Le dialogue <bpt i="1">&lt;b&gt;</bpt>direct<ept i="1">&lt;/b&gt;</ept> \
            est devenu courant.</seg></tuv>
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
    ObjectProvider<ExportTmxCommand> exports;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void importsUnitsAsPendingPairsByDefault() throws IOException {
        Path file = dir.resolve("omegat-project.tmx");
        Files.writeString(file, MEMORY);

        Result result = run("--in", file.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("import-tmx: 2 unit(s) stored in 1 article(s): tmx-omegat-project (2)")
                .contains("2 with Vietnamese, 1 with English; 0 approved, 2 pending or rejected (2 without a status "
                        + "got the default)")
                .contains("1 unit(s) without French or without a Vietnamese or English translation left out")
                .contains("not kept: inline codes (bpt, ept, ph, it, ut) of a unit (1 unit(s))");
        assertThat(jdbc.sql("SELECT status || ' ' || origin FROM article WHERE id = 'tmx-omegat-project'")
                        .query(String.class)
                        .single())
                .isEqualTo("ALIGNED tmx");
        assertThat(jdbc.sql("""
                SELECT lang_pair || ' ' || status || ' ' || src_text || ' = ' || tgt_text FROM bead
                WHERE article_id = 'tmx-omegat-project' ORDER BY lang_pair, idx""").query(String.class).list())
                .containsExactly(
                        "fr-en PENDING Le Front de la Patrie a tenu son congrès. = The Fatherland Front held its "
                                + "congress.",
                        "fr-en PENDING Le dialogue direct est devenu courant. = ",
                        "fr-vi PENDING Le Front de la Patrie a tenu son congrès. = Mặt trận Tổ quốc tổ chức đại hội.",
                        "fr-vi PENDING Le dialogue direct est devenu courant. = Đối thoại trực tiếp đã trở thành "
                                + "nền nếp.");
        assertThat(jdbc.sql("SELECT source_url FROM article WHERE id = 'tmx-omegat-project'")
                        .query(String.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void unitsWithoutAStatusAreApprovedOnlyWhenAsked() throws IOException {
        Path file = Files.writeString(dir.resolve("approved.tmx"), MEMORY);

        Result result = run("--in", file.toString(), "--as", "tmx-approved-memory", "--status", "approved");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(jdbc.sql("SELECT DISTINCT status FROM bead WHERE article_id = 'tmx-approved-memory' AND "
                                + "tgt_end > tgt_start")
                        .query(String.class)
                        .list())
                .containsExactly("APPROVED");
        assertThat(run("--in", file.toString(), "--as", "tmx-other", "--status", "reviewed")
                        .exit())
                .isEqualTo(2);
    }

    @Test
    void omegatMemoryKeepsDatesAndNotesAndStoresIdenticalUnitsOnce() throws IOException {
        Path file = fixture("omegat.tmx");

        Result result = run("--in", file.toString(), "--as", "tmx-omegat-fixture");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("2 unit(s) stored in 1 article(s): tmx-omegat-fixture (2)")
                .contains("import-tmx: 1 identical unit(s) dropped")
                .contains("not kept: property file (not an x- property) (1 unit(s))")
                .contains("not kept: property id (not an x- property) (1 unit(s))")
                .contains("not kept: inline codes (bpt, ept, ph, it, ut) of a unit (1 unit(s))");
        assertThat(jdbc.sql("""
                SELECT src_text || ' | ' || COALESCE(created_by, '-') || ' ' || updated_by || ' ' || status FROM bead
                WHERE article_id = 'tmx-omegat-fixture' AND lang_pair = 'fr-vi' ORDER BY idx\
                """).query(String.class).list())
                .containsExactly(
                        "Le Front de la Patrie a tenu son congrès. | lan lan PENDING",
                        "La séance a duré deux heures. | - minh PENDING");
        String tmx = export("tmx-omegat-fixture", "fr-vi");
        assertThat(tmx)
                .contains("creationdate=\"20240105T150000Z\" creationid=\"lan\" changedate=\"20240105T160459Z\" "
                        + "changeid=\"lan\"")
                .contains("<note>Đã kiểm tra với biên bản.</note>")
                .doesNotContain(dir.toString())
                .doesNotContain("omegat.tmx");
    }

    @Test
    void tradosMemoryMapsTheConfirmationLevelAndKeepsItsCustomFields() throws IOException {
        Path file = fixture("trados.tmx");

        Result result = run("--in", file.toString(), "--as", "tmx-trados-fixture");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("3 unit(s) stored")
                .contains("1 approved, 2 pending or rejected (1 without a status got the default)")
                .contains("not kept: attribute lastusagedate (1 unit(s))")
                .contains("not kept: attribute usagecount (2 unit(s))");
        assertThat(jdbc.sql("""
                SELECT status || ' ' || created_by || ' ' || COALESCE(updated_by, '-') FROM bead
                WHERE article_id = 'tmx-trados-fixture' AND lang_pair = 'fr-vi' ORDER BY idx\
                """).query(String.class).list())
                .containsExactly(
                        "APPROVED SONGNGU\\lan SONGNGU\\minh",
                        "PENDING SONGNGU\\lan SONGNGU\\lan",
                        "PENDING SONGNGU\\lan -");
        String tmx = export("tmx-trados-fixture", "fr-vi");
        assertThat(tmx)
                .contains("<prop type=\"x-ConfirmationLevel\">ApprovedSignOff</prop>")
                .contains("<prop type=\"x-Domain:MultiplePicklist\">Politique</prop>")
                .contains("<prop type=\"x-status\">approved</prop>")
                .contains("<seg>Le dialogue direct est devenu courant.</seg>");
    }

    @Test
    void memoqMemoryReportsATranslationTwiceInOneLanguageAndWhatItDropped() throws IOException {
        Path file = fixture("memoq.tmx");

        Result result = run("--in", file.toString(), "--as", "tmx-memoq-fixture");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("2 unit(s) stored")
                .contains("2 with Vietnamese, 1 with English")
                .contains("1 unit(s) with two variants in one language: the first was kept, the others were not stored"
                        + " (e.g. #2 at line 21 (vi))")
                .contains("1 unit(s) without French or without a Vietnamese or English translation left out")
                .contains("not kept: property client (not an x- property) (2 unit(s))")
                .contains("not kept: property subject (not an x- property) (1 unit(s))");
        assertThat(jdbc.sql("SELECT tgt_text FROM bead WHERE article_id = 'tmx-memoq-fixture' AND lang_pair = "
                                + "'fr-vi' ORDER BY idx")
                        .query(String.class)
                        .list())
                .containsExactly("Họ chủ trì phiên họp buổi sáng.", "Dân vận là thiết yếu.");
        String tmx = export("tmx-memoq-fixture", "fr-vi-en");
        assertThat(tmx)
                .contains("<prop type=\"x-context-pre\">Le congrès s'est ouvert.</prop>")
                .contains("<seg>Ils ont présidé la séance du matin.</seg>");
        assertThat(export("tmx-memoq-fixture", "fr-vi")).contains("<note>Hai bản dịch: hỏi lại biên tập viên.</note>");
    }

    @Test
    void aCorpusArticleIsNeverReplaced() throws IOException {
        jdbc.sql("INSERT INTO article (id, status, updated_at) VALUES ('corpus-article-kept', 'ALIGNED', "
                        + "CURRENT_TIMESTAMP)")
                .update();
        Path file = Files.writeString(dir.resolve("memory.tmx"), MEMORY);

        for (String[] args : List.of(
                new String[] {"--as", "corpus-article-kept"},
                new String[] {"--as", "corpus-article-kept", "--replace"})) {
            Result result = run(concat(new String[] {"--in", file.toString()}, args));
            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.err())
                    .contains("article corpus-article-kept comes from the corpus; an import never"
                            + " replaces a corpus article")
                    .contains("nothing was stored");
        }
        Path documented = Files.writeString(
                dir.resolve("documented.tmx"),
                MEMORY.replace(
                        "<tu tuid=\"1\">",
                        "<tu tuid=\"1\"><prop type=\"x-document\">corpus-article-kept https://example.org/a</prop>"));
        assertThat(run("--in", documented.toString(), "--replace").exit()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sentence WHERE article_id = 'corpus-article-kept'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article WHERE id = 'tmx-documented'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anImportedArticleIsReplacedOnlyWithReplace() throws IOException {
        Path file = Files.writeString(dir.resolve("first.tmx"), MEMORY);
        assertThat(run("--in", file.toString(), "--as", "tmx-replaced").exit()).isZero();
        Path second = Files.writeString(dir.resolve("second.tmx"), MEMORY.replace("Mặt trận", "MẶT TRẬN"));

        Result refused = run("--in", second.toString(), "--as", "tmx-replaced");

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err())
                .contains("import-tmx: second.tmx: article tmx-replaced exists (an earlier import);"
                        + " give --replace to replace it");
        assertThat(vietnamese("tmx-replaced")).contains("Mặt trận Tổ quốc tổ chức đại hội.");

        assertThat(run("--in", second.toString(), "--as", "tmx-replaced", "--replace")
                        .exit())
                .isZero();
        assertThat(vietnamese("tmx-replaced"))
                .contains("MẶT TRẬN Tổ quốc tổ chức đại hội.")
                .doesNotContain("Mặt trận Tổ quốc tổ chức đại hội.");
    }

    @Test
    void aFailureAfterSeveralChunksLeavesTheDatabaseAsItWas() throws IOException {
        Path good = Files.writeString(dir.resolve("good.tmx"), MEMORY);
        assertThat(run("--in", good.toString(), "--as", "tmx-all-or-nothing").exit())
                .isZero();
        List<String> before = vietnamese("tmx-all-or-nothing");
        StringBuilder large = new StringBuilder("<tmx version=\"1.4\"><header srclang=\"fr\"/><body>\n");
        for (int i = 0; i < 2 * 1000 + 500; i++) {
            large.append("<tu tuid=\"u")
                    .append(i)
                    .append("\"><tuv xml:lang=\"fr\"><seg>Phrase ")
                    .append(i)
                    .append(".</seg></tuv><tuv xml:lang=\"vi\"><seg>Câu ")
                    .append(i)
                    .append(".</seg></tuv></tu>\n");
        }
        large.append("<tu><tuv xml:lang=\"fr\"><seg>ouvert</tuv></body></tmx>");
        Path broken = Files.writeString(dir.resolve("broken-late.tmx"), large);

        Result result = run("--in", broken.toString(), "--as", "tmx-all-or-nothing", "--replace");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).containsPattern("line \\d+").contains("nothing was stored");
        assertThat(vietnamese("tmx-all-or-nothing")).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sentence WHERE content LIKE 'Câu %'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aLocalPathInXDocumentNeverEntersTheMemory() throws IOException {
        Path file = Files.writeString(
                dir.resolve("old-export.tmx"),
                MEMORY.replace(
                        "<tu tuid=\"1\">",
                        "<tu tuid=\"1\"><prop type=\"x-document\">tmx-r1-path /home/lan/memories/r1.tmx</prop>"));

        Result result = run("--in", file.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("tmx-r1-path (1)")
                .contains("tmx-old-export (1)")
                .contains("not kept: x-document source that is a local path (1 unit(s))");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article WHERE source_url LIKE '%/home/%' OR title LIKE '%/home/%'"
                                + " OR title LIKE '%" + dir + "%'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(export("tmx-r1-path", "fr-vi"))
                .contains("<prop type=\"x-document\">tmx-r1-path</prop>")
                .doesNotContain("/home/");
    }

    @Test
    void aMemoryWithNoFrenchUnitIsRefusedAndStoresNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("vi-en-only.tmx"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header srclang="vi" segtype="sentence" datatype="plaintext" adminlang="en"
                    o-tmf="x" creationtool="x" creationtoolversion="1"/>
                  <body>
                    <tu><tuv xml:lang="vi"><seg>Chỉ có tiếng Việt.</seg></tuv><tuv \
                xml:lang="en"><seg>Only.</seg></tuv></tu>
                    <tu><tuv xml:lang="vi"><seg>Câu thứ hai.</seg></tuv><tuv xml:lang="en"><seg>Second.</seg></tuv></tu>
                  </body>
                </tmx>
                """);

        Result result = run("--in", file.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err())
                .contains("import-tmx: vi-en-only.tmx:")
                .contains("French")
                .contains("nothing was stored");
        assertThat(result.err().lines().count()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article WHERE id = 'tmx-vi-en-only'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void songngusOwnExportOfAnImportedArticleImportsBackUnderAnotherName() throws IOException {
        Path file = Files.writeString(dir.resolve("to-export.tmx"), MEMORY);
        assertThat(run("--in", file.toString(), "--as", "tmx-exported-once").exit())
                .isZero();
        Path exported = Files.writeString(dir.resolve("exported.tmx"), export("tmx-exported-once", "fr-vi"));

        Result result = run("--in", exported.toString(), "--as", "tmx-imported-again");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(vietnamese("tmx-imported-again")).isEqualTo(vietnamese("tmx-exported-once"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bead WHERE article_id = 'tmx-imported-again' AND lang_pair = 'fr-vi'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    private Path fixture(String name) throws IOException {
        try (var in = getClass().getResourceAsStream("/org/songngu/tmx/foreign/" + name)) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    private List<String> vietnamese(String articleId) {
        return jdbc.sql("SELECT content FROM sentence WHERE article_id = ? AND lang = 'vi' ORDER BY idx")
                .param(articleId)
                .query(String.class)
                .list();
    }

    /** Exports one article, any status, and checks the file against the TMX 1.4b DTD. */
    private String export(String articleId, String pair) throws IOException {
        Path file = dir.resolve(articleId + "-" + pair + "-" + System.nanoTime() + ".tmx");
        CommandLine commandLine = new CommandLine(exports.getObject());
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err));
        commandLine.setOut(new PrintWriter(new StringWriter()));
        assertThat(commandLine.execute(
                        "--pair", pair, "--status", "any", "--article", articleId, "--out", file.toString()))
                .as(err.toString())
                .isZero();
        byte[] tmx = Files.readAllBytes(file);
        try {
            DtdValidator.validate(tmx);
        } catch (Exception e) {
            throw new AssertionError("not valid TMX 1.4b: " + e.getMessage(), e);
        }
        return new String(tmx, StandardCharsets.UTF_8);
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    @Test
    void aMalformedFileIsRefusedWithItsPosition() throws IOException {
        Path file = dir.resolve("broken.tmx");
        Files.writeString(file, "<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"fr\"><seg>ouvert</tuv></body></tmx>");

        Result result = run("--in", file.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("import-tmx: " + file).containsPattern("line \\d+");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article WHERE id = 'tmx-broken'")
                        .query(Integer.class)
                        .single())
                .isZero();
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

    private record Result(int exit, String out, String err) {}
}
