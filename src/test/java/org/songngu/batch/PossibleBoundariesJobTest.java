package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.review.ArticlePages;
import org.songngu.review.ArticleView;
import org.songngu.store.RunOutcome;
import org.songngu.tmx.ExportTmxCommand;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import picocli.CommandLine;

/**
 * Issue 25, point 3, through the job: the splitter's possible boundaries are stored with their
 * prior, each pair's aligner takes or leaves each by its translation, and the review and the TMX
 * export read a bead that holds both pieces of a possible split as one sentence.
 */
@SpringBootTest
@ActiveProfiles("test")
class PossibleBoundariesJobTest {

    private static final String ID = "possible-dc";

    /** "D.C. Mme" may end a sentence; "U.S. Senate" may not; neither is certain. */
    static final String FRENCH = String.join(
            "\n\n",
            "Le 12 mars 2024, la délégation de 15 membres est arrivée à Washington D.C. Mme Pelosi a reçu les 15 "
                    + "délégués" + " au Capitole pendant 2 heures.",
            "Le Sénat américain a approuvé le budget de 300 millions de dollars pour 2025.",
            "La délégation rentrera au Vietnam le 20 mars, après une visite de 8 jours.");
    /** The Vietnamese ends a sentence after Washington: the French possible boundary is a real one. */
    static final String VIETNAMESE = String.join(
            "\n\n",
            "Ngày 12/3/2024, đoàn 15 thành viên đã đến thủ đô Washington. Bà Pelosi đã tiếp 15 đại biểu tại Điện "
                    + "Capitol" + " trong 2 giờ.",
            "Thượng viện Mỹ đã thông qua ngân sách 300 triệu USD cho năm 2025.",
            "Đoàn sẽ về Việt Nam ngày 20/3, sau chuyến thăm 8 ngày.");
    /** "The U.S. Senate" holds a possible boundary that the French, one sentence, says is none. */
    static final String ENGLISH = String.join(
            "\n\n",
            "On March 12, 2024, the 15-member delegation arrived in the capital, Washington. Ms Pelosi received the 15"
                    + " delegates at the Capitol for 2 hours.",
            "The U.S. Senate approved the 300 million dollar budget for 2025.",
            "The delegation will return to Vietnam on March 20, after an 8-day visit.");

    @Autowired
    AlignmentRuns runs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArticlePages pages;

    @Autowired
    ObjectProvider<ExportTmxCommand> exports;

    @TempDir
    Path corpus;

    @TempDir
    Path out;

    @Test
    void eachPairTakesOrLeavesAPossibleBoundaryByItsTranslationAndTheReviewAndTmxReadTheBead() throws Exception {
        write(ID, FRENCH, VIETNAMESE, ENGLISH);

        RunReport report = runs.run(corpus);

        assertThat(report.count(RunOutcome.PROCESSED))
                .as(report.articles().toString())
                .isOne();
        // stored: the pieces, and before each that starts at a possible boundary, the splitter's prior
        assertThat(possible("fr"))
                .containsOnlyKeys(1)
                .allSatisfy((index, prior) -> assertThat(prior).isBetween(0.5, 1.0));
        assertThat(sentence("fr", 1)).startsWith("Mme Pelosi");
        assertThat(possible("en"))
                .hasSize(1)
                .allSatisfy((index, prior) -> assertThat(prior).isLessThan(0.5));
        int senate = possible("en").keySet().iterator().next();
        assertThat(sentence("en", senate - 1)).isEqualTo("The U.S.");
        assertThat(possible("vi")).isEmpty();

        // fr→vi takes the French boundary: a bead starts at "Mme Pelosi", 1-1 with "Bà Pelosi"
        assertThat(bead("fr-vi", "src_start = 1"))
                .containsEntry("src_end", 2)
                .containsEntry("tgt_start", 1)
                .containsEntry("tgt_end", 2);
        // fr→en leaves the English one: one bead holds "The U.S." and "Senate approved ..."
        Map<String, Object> senateBead = bead("fr-en", "tgt_start = " + (senate - 1));
        assertThat(senateBead)
                .containsEntry("tgt_end", senate + 1)
                .containsEntry("tgt_text", "The U.S. Senate approved the 300 million dollar budget for 2025.");
        assertThat((int) senateBead.get("src_end") - (int) senateBead.get("src_start"))
                .isOne();
        // and no bead of either pair starts at the English possible boundary or cuts a certain sentence
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bead WHERE article_id = ? AND lang_pair = 'fr-en' AND tgt_start = ?")
                        .params(ID, senate)
                        .query(Integer.class)
                        .single())
                .isZero();

        // the review page's rows show that bead as one English sentence pair of two pieces
        ArticleView view = pages.view(ID);
        List<ArticleView.Cell> english = view.rows().stream()
                .flatMap(row -> row.en().stream())
                .filter(cell -> cell.bead().tgtText().startsWith("The U.S. Senate"))
                .toList();
        assertThat(english)
                .singleElement()
                .satisfies(cell -> assertThat(cell.targetSentences())
                        .containsExactly("The U.S.", "Senate approved the 300 million dollar budget for 2025."));

        // the TMX unit holds the whole English sentence
        jdbc.sql("UPDATE bead SET status = 'APPROVED', updated_by = 'lan' WHERE article_id = ?")
                .param(ID)
                .update();
        String tmx = export("--pair", "fr-en", "--article", ID);
        assertThat(tmx)
                .contains("<seg>The U.S. Senate approved the 300 million dollar budget for 2025.</seg>")
                .contains("<seg>Le Sénat américain a approuvé le budget de 300 millions de dollars pour 2025.</seg>");
        String vi = export("--pair", "fr-vi", "--article", ID);
        assertThat(vi).contains("<seg>Mme Pelosi a reçu les 15 délégués au Capitole pendant 2 heures.</seg>");
    }

    @Test
    void anArticleWithoutPossibleBoundariesStoresNone() throws Exception {
        write(
                "possible-none",
                "Le Comité a tenu sa réunion de 2024. Il a adopté 12 résolutions.",
                "Ủy ban đã họp phiên năm 2024. Ủy ban đã thông qua 12 nghị quyết.",
                "The Committee held its 2024 meeting. It adopted 12 resolutions.");

        runs.run(corpus);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM sentence WHERE article_id = 'possible-none' AND "
                                + "possible_before IS NOT NULL")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bead WHERE article_id = 'possible-none'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);
    }

    private Map<Integer, Double> possible(String language) {
        Map<Integer, Double> possible = new java.util.TreeMap<>();
        jdbc.sql("SELECT idx, possible_before FROM sentence WHERE article_id = ? AND lang = ? AND "
                        + "possible_before IS NOT NULL")
                .params(ID, language)
                .query(rs -> {
                    possible.put(rs.getInt(1), rs.getDouble(2));
                });
        return possible;
    }

    private String sentence(String language, int index) {
        return jdbc.sql("SELECT content FROM sentence WHERE article_id = ? AND lang = ? AND idx = ?")
                .params(ID, language, index)
                .query(String.class)
                .single();
    }

    private Map<String, Object> bead(String pair, String where) {
        Map<String, Object> row = jdbc.sql("SELECT src_start, src_end, tgt_start, tgt_end, tgt_text FROM bead"
                        + " WHERE article_id = ? AND lang_pair = ? AND " + where)
                .params(ID, pair)
                .query()
                .singleRow();
        Map<String, Object> lower = new java.util.HashMap<>();
        row.forEach((key, value) -> lower.put(
                key.toLowerCase(java.util.Locale.ROOT),
                value instanceof Number number && !(value instanceof Double) ? number.intValue() : value));
        return lower;
    }

    private String export(String... args) throws IOException {
        Path file = out.resolve(String.join("-", args).replaceAll("[^a-z0-9-]", "") + ".tmx");
        CommandLine command = new CommandLine(exports.getObject());
        StringWriter output = new StringWriter();
        command.setOut(new PrintWriter(output));
        command.setErr(new PrintWriter(output));
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--out", file.toString()));
        assertThat(command.execute(all.toArray(String[]::new)))
                .as(output.toString())
                .isZero();
        return Files.readString(file);
    }

    private void write(String id, String french, String vietnamese, String english) throws IOException {
        Path dir = Files.createDirectories(corpus.resolve(id));
        Files.writeString(dir.resolve("fr.txt"), french + "\n");
        Files.writeString(dir.resolve("vi.txt"), vietnamese + "\n");
        Files.writeString(dir.resolve("en.txt"), english + "\n");
    }
}
