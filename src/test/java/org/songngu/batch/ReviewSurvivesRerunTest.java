package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.store.RunOutcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** A changed article is aligned again without dropping what reviewers did to its unchanged pairs. */
@SpringBootTest
@ActiveProfiles("test")
class ReviewSurvivesRerunTest {

    private static final String ID = "survive-review";

    @Autowired
    AlignmentRuns runs;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path corpus;

    @Test
    void approvedAndEditedPairsWithUnchangedTextsKeepTheirReview() throws Exception {
        write(
                "fr.txt",
                List.of(
                        "Le Comité populaire de la province de Nam Dinh a lancé le 3 mars 2024 un programme de "
                                + "réforme administrative.",
                        "Plus de 120 procédures seront traitées en ligne avant la fin de l'année, selon le "
                                + "vice-président.",
                        "Les citoyens pourront suivre leurs dossiers sur le portail provincial."));
        write(
                "vi.txt",
                List.of(
                        "Ngày 3/3/2024, Ủy ban nhân dân tỉnh Nam Định phát động chương trình cải cách hành chính.",
                        "Theo Phó Chủ tịch, hơn 120 thủ tục sẽ được giải quyết trực tuyến trước cuối năm.",
                        "Người dân có thể theo dõi hồ sơ của mình trên cổng thông tin của tỉnh."));
        assertThat(runs.run(corpus).count(RunOutcome.PROCESSED)).isEqualTo(1);
        review(0, "APPROVED", null);
        review(
                1,
                "PENDING",
                "Theo Phó Chủ tịch UBND tỉnh, hơn 120 thủ tục sẽ được giải quyết trực tuyến trước cuối năm.");
        review(2, "REJECTED", null);
        jdbc.sql("UPDATE bead SET note = 'Date checked with the editor' WHERE article_id = ? AND lang_pair = "
                        + "'fr-vi' AND idx = 0")
                .param(ID)
                .update();

        write(
                "fr.txt",
                List.of(
                        "Le Comité populaire de la province de Nam Dinh a lancé le 3 mars 2024 un programme de "
                                + "réforme administrative.",
                        "Plus de 120 procédures seront traitées en ligne avant la fin de l'année, selon le "
                                + "vice-président.",
                        "Les citoyens pourront suivre leurs dossiers et payer les frais sur le portail provincial.",
                        "Un centre d'appel répondra à leurs questions tous les jours ouvrables."));
        write(
                "vi.txt",
                List.of(
                        "Ngày 3/3/2024, Ủy ban nhân dân tỉnh Nam Định phát động chương trình cải cách hành chính.",
                        "Theo Phó Chủ tịch, hơn 120 thủ tục sẽ được giải quyết trực tuyến trước cuối năm.",
                        "Người dân có thể theo dõi hồ sơ và nộp phí trên cổng thông tin của tỉnh.",
                        "Một tổng đài sẽ trả lời câu hỏi của người dân vào tất cả các ngày làm việc."));
        assertThat(runs.run(corpus).count(RunOutcome.PROCESSED)).isEqualTo(1);

        assertThat(beads())
                .containsExactly(
                        "0 APPROVED reviewer-lan",
                        "1 PENDING reviewer-lan Theo Phó Chủ tịch UBND tỉnh, hơn 120 thủ tục sẽ được giải quyết "
                                + "trực tuyến trước cuối năm.",
                        "2 PENDING null",
                        "3 PENDING null");
        assertThat(jdbc.sql("SELECT note FROM bead WHERE article_id = ? AND lang_pair = 'fr-vi' AND idx = 0")
                        .param(ID)
                        .query(String.class)
                        .single())
                .as("a reviewer's note comes back with the review")
                .isEqualTo("Date checked with the editor");
        assertThat(jdbc.sql("SELECT status || ' ' || restored FROM retired_bead WHERE article_id = ? ORDER BY id")
                        .param(ID)
                        .query(String.class)
                        .list())
                .containsExactly("APPROVED TRUE", "PENDING TRUE", "REJECTED FALSE");
    }

    private void review(int index, String status, String editedTarget) {
        jdbc.sql("""
                UPDATE bead SET status = ?, tgt_text = COALESCE(?, tgt_text), updated_by = 'reviewer-lan'
                WHERE article_id = ? AND lang_pair = 'fr-vi' AND idx = ?\
                """).params(status, editedTarget, ID, index).update();
        if (editedTarget != null) {
            // what the edit action records with the text: the review is the flag, not the text's difference
            jdbc.sql("UPDATE bead SET tgt_edited = TRUE WHERE article_id = ? AND lang_pair = 'fr-vi' AND idx = ?")
                    .params(ID, index)
                    .update();
        }
    }

    private List<String> beads() {
        return jdbc.sql("SELECT idx, status, updated_by, tgt_text, src_end - src_start, tgt_end - tgt_start FROM bead "
                        + "WHERE article_id = ? AND lang_pair = 'fr-vi' ORDER BY idx")
                .param(ID)
                .query((rs, row) -> rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3)
                        + (rs.getInt(1) == 1 ? " " + rs.getString(4) : ""))
                .list();
    }

    private void write(String file, List<String> paragraphs) throws IOException {
        Files.createDirectories(corpus.resolve(ID));
        Files.writeString(corpus.resolve(ID).resolve(file), String.join("\n\n", paragraphs) + "\n");
    }
}
