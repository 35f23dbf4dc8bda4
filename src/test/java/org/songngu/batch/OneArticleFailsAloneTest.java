package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.songngu.store.ArticleStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import picocli.CommandLine;

/**
 * Issue 15, point 1: whatever goes wrong with one article (bad input over a field's limit, a bug
 * met while processing it, a write only the database refuses) fails that article alone, named,
 * with a one-line reason; its chunk-mates are stored and aligned, the run completes with exit
 * status 1, and the next run is not stuck. One partition, so that the failing articles share a
 * chunk (five articles) with good ones whatever the number of cores.
 */
@SpringBootTest(properties = "songngu.partitions=1")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneArticleFailsAloneTest {

    /** A test-only constraint: the ingest check lets this text through, only the database refuses it. */
    static final String REFUSED = "REFUSEDBYDB";

    static final String CONSTRAINT = "test_refused_by_db";
    /** The same for the align step: the ingest stores the article, the database refuses its beads. */
    static final String REFUSED_BEAD = "ALIGNREFUSED";

    static final String BEAD_CONSTRAINT = "test_bead_refused_by_db";

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
    private static final String LONG_FOLDER = "k-" + "tres-long-nom-de-dossier-".repeat(9);

    @Autowired
    RunCommand command;

    @Autowired
    JdbcClient jdbc;

    @MockitoSpyBean
    ArticleStore store;

    @TempDir
    static Path corpus;

    private Result first;
    private Result second;
    private int scrapeTitleLength;

    @BeforeAll
    void runTwiceOverACorpusWithEveryKindOfFailure() throws IOException {
        jdbc.sql("ALTER TABLE sentence ADD CONSTRAINT " + CONSTRAINT + " CHECK (content NOT LIKE '%" + REFUSED + "%')")
                .update();
        jdbc.sql("ALTER TABLE bead ADD CONSTRAINT " + BEAD_CONSTRAINT + " CHECK (src_text NOT LIKE '%" + REFUSED_BEAD
                        + "%')")
                .update();
        // The first chunk: four good articles, one the database refuses, one a bug stops.
        article("a-good-1", 1);
        article("a-good-2", 2);
        write("b-refused-by-db/fr.txt", FRENCH.formatted(3).replace("réunion", "réunion " + REFUSED));
        write("b-refused-by-db/vi.txt", VIETNAMESE.formatted(3));
        article("c-good-3", 4);
        article("d-bug", 5);
        doThrow(new IllegalStateException("simulated bug\nsecond line"))
                .when(store)
                .freshness(eq("d-bug"), anyString());
        article("e-good-4", 6);
        // The issue's case: no meta.properties, fr.txt starting with a 4.8-million-character line.
        StringBuilder line = new StringBuilder();
        for (int i = 0; line.length() < 4_800_000; i++) {
            line.append("Le Comité populaire a examiné le dossier numéro ")
                    .append(i)
                    .append(" de la province. ");
        }
        scrapeTitleLength = line.toString().strip().length();
        write("f-scrape/fr.txt", line + "\n\n" + FRENCH.formatted(7));
        write("f-scrape/vi.txt", VIETNAMESE.formatted(7));
        article("g-title", 8);
        write("g-title/meta.properties", "title=" + "Titre ".repeat(400) + "\n");
        article("h-source", 9);
        write("h-source/meta.properties", "title=Titre\nsource=https://example.org/" + "x".repeat(2000) + "\n");
        article("i-date", 10);
        write("i-date/meta.properties", "title=Titre\ndate=12/03/2024\n");
        write("j-sentence/fr.txt", FRENCH.formatted(11) + "\n" + "sans ponctuation aucune ".repeat(250) + "\n");
        write("j-sentence/vi.txt", VIETNAMESE.formatted(11));
        article(LONG_FOLDER, 12);
        article("l-good-5", 13);
        write("m-beads-refused-by-db/fr.txt", FRENCH.formatted(14).replace("réunion", "réunion " + REFUSED_BEAD));
        write("m-beads-refused-by-db/vi.txt", VIETNAMESE.formatted(14));

        first = run();
        second = run();
    }

    @AfterAll
    void dropTheTestConstraint() {
        jdbc.sql("ALTER TABLE sentence DROP CONSTRAINT " + CONSTRAINT).update();
        jdbc.sql("ALTER TABLE bead DROP CONSTRAINT " + BEAD_CONSTRAINT).update();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "b-refused-by-db | could not be stored: ",
                "d-bug           | internal error: IllegalStateException: simulated bug",
                "g-title         | title is 2,399 characters, over the limit of 2,000 (taken from meta.properties)",
                "h-source        | meta.properties: source is 2,020 characters, over the limit of 2,000",
                "i-date          | meta.properties: date \"12/03/2024\" is not a date of the form YYYY-MM-DD",
                "j-sentence      | French text: sentence 3 (paragraph 3) is 5,999 characters, over the limit of 5,000",
            })
    void eachFailedArticleIsNamedWithItsReasonOnOneLineAndInTheStore(String article, String reason) {
        assertThat(first.output()).containsPattern("(?m)^failed " + article + ": " + Pattern.quote(reason) + ".*$");
        assertThat(jdbc.sql("SELECT last_error FROM article WHERE id = ?")
                        .param(article)
                        .query(String.class)
                        .single())
                .contains(reason)
                .doesNotContain("\n");
    }

    @Test
    void theIssuesScrapeFailsOnItsTitle() {
        assertThat(first.output())
                .containsPattern("(?m)^failed f-scrape: title is "
                        + Pattern.quote(String.format(java.util.Locale.ROOT, "%,d", scrapeTitleLength))
                        + " characters, over the limit of 2,000 \\(taken from the first paragraph of the "
                        + "French text.*\\)$");
    }

    @Test
    void aWriteOnlyTheDatabaseRefusesNamesTheConstraintAndKeepsNothingHalfStored() {
        assertThat(first.output())
                .containsPattern("(?mi)^failed b-refused-by-db: could not be stored: .*" + CONSTRAINT + ".*$");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sentence WHERE article_id = 'b-refused-by-db'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void beadsOnlyTheDatabaseRefusesFailThatArticleAloneInTheAlignStep() {
        assertThat(first.output())
                .containsPattern("(?mi)^failed m-beads-refused-by-db: storing the alignment failed: .*"
                        + BEAD_CONSTRAINT + ".*$");
        assertThat(jdbc.sql("SELECT status FROM article WHERE id = 'm-beads-refused-by-db'")
                        .query(String.class)
                        .single())
                .isEqualTo("SEGMENTED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bead WHERE article_id = 'm-beads-refused-by-db'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(second.output())
                .containsPattern("(?m)^failed m-beads-refused-by-db: storing the alignment failed: ");
    }

    @Test
    void aFolderNameTheStoreCannotHoldIsReportedUnderAShortenedName() {
        assertThat(first.output())
                .containsPattern("(?m)^failed k-tres-long-nom-de-dossier-.{30,40}…#[0-9a-f]{8}: "
                        + "folder name is 227 characters, over the limit of 200; rename the folder$");
    }

    @Test
    void theChunkMatesOfTheFailedArticlesAreStoredAndAligned() {
        for (String good : new String[] {"a-good-1", "a-good-2", "c-good-3", "e-good-4", "l-good-5"}) {
            assertThat(first.output()).containsPattern("(?m)^processed " + good + "$");
            assertThat(jdbc.sql("SELECT status FROM article WHERE id = ?")
                            .param(good)
                            .query(String.class)
                            .single())
                    .as(good)
                    .isEqualTo("ALIGNED");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM bead WHERE article_id = ? AND lang_pair = 'fr-vi'")
                            .param(good)
                            .query(Integer.class)
                            .single())
                    .as(good)
                    .isEqualTo(2);
        }
    }

    @Test
    void theRunCompletesAndExitsWithStatusOne() {
        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(first.output())
                .containsPattern("(?m)^run \\d+ completed: 5 processed, 0 unchanged, 9 failed$")
                .doesNotContainPattern("(?m)^error: ");
    }

    @Test
    void theNextRunIsNotStuck() {
        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.output())
                .containsPattern("(?m)^run \\d+ completed: 0 processed, 5 unchanged, 9 failed$")
                .containsPattern("(?m)^failed f-scrape: title is ")
                .containsPattern("(?m)^unchanged a-good-1$");
    }

    private Result run() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute("--corpus", corpus.toString());
        return new Result(exitCode, out.toString(), err.toString());
    }

    private static void article(String name, int day) throws IOException {
        write(name + "/fr.txt", FRENCH.formatted(day));
        write(name + "/vi.txt", VIETNAMESE.formatted(day));
    }

    private static void write(String name, String content) throws IOException {
        Path file = corpus.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private record Result(int exitCode, String output, String errors) {}
}
