package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.corpus.IngestVersion;
import org.songngu.review.InvalidActionException;
import org.songngu.review.MetadataReview;
import org.songngu.review.NotFoundException;
import org.songngu.store.MetadataRow;
import org.songngu.store.RunArticleRow;
import org.songngu.store.RunOutcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Metadata lines through the job: set aside and counted by kind; an article an older pipeline
 * stored is ingested again when all its beads are pending and left alone once reviewed; a line a
 * reviewer puts back is content from the next run on.
 */
@SpringBootTest
@ActiveProfiles("test")
class MetadataRerunTest {

    @Autowired
    AlignmentRuns runs;

    @Autowired
    MetadataReview review;

    @Autowired
    CorpusChanges changes;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path corpus;

    @Test
    void metadataIsSetAsideCountedAndNeverAligned() throws Exception {
        article("meta-a", 0);
        RunReport report = runs.run(corpus);

        assertThat(report.metadataByKind()).containsEntry("date", 2L).containsEntry("counter", 2L);
        assertThat(report.metadataSummary()).isEqualTo("4 lines set aside: 2 counter, 2 date");
        assertThat(sentences("meta-a"))
                .noneMatch(text -> text.contains("lectures")
                        || text.contains("lượt đọc")
                        || text.contains("Publié")
                        || text.contains("Đăng lúc"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bead WHERE article_id = 'meta-a' AND (src_text LIKE '%lectures%' "
                                + "OR tgt_text LIKE '%lượt đọc%')")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(review.lines("meta-a"))
                .extracting(MetadataRow::language, MetadataRow::kind, MetadataRow::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("fr", "date", "Publié le 12/03/2024 à 08:45"),
                        org.assertj.core.groups.Tuple.tuple("fr", "counter", "1 532 lectures"),
                        org.assertj.core.groups.Tuple.tuple("vi", "date", "Đăng lúc 08:45 ngày 12/03/2024"),
                        org.assertj.core.groups.Tuple.tuple("vi", "counter", "1.532 lượt đọc"));
        assertThat(jdbc.sql("SELECT published FROM article WHERE id = 'meta-a'")
                        .query(java.time.LocalDate.class)
                        .single())
                .isEqualTo(java.time.LocalDate.of(2024, 3, 12));
        assertThat(jdbc.sql("SELECT ingest_version FROM article WHERE id = 'meta-a'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(IngestVersion.CURRENT);
        // The context's database is shared with other tests: whether anything else waits is theirs.
        assertThat(runs.run(corpus).count(RunOutcome.UNCHANGED)).isOne();
    }

    @Test
    void anOlderPipelinesArticleIsIngestedAgainOnlyWhileAllItsBeadsArePending() throws Exception {
        article("old-pending", 1);
        article("old-reviewed", 2);
        runs.run(corpus);
        // As the pipeline before metadata left them: version 1, the counter lines aligned as a bead.
        for (String id : List.of("old-pending", "old-reviewed")) {
            jdbc.sql("UPDATE article SET ingest_version = 1 WHERE id = ?")
                    .param(id)
                    .update();
            jdbc.sql("DELETE FROM article_metadata WHERE article_id = ?")
                    .param(id)
                    .update();
            jdbc.sql("""
                    INSERT INTO bead (article_id, lang_pair, idx, src_start, src_end, tgt_start, tgt_end, src_text,
                                      tgt_text, confidence, status, version, updated_at)
                    VALUES (?, 'fr-vi', 99, 0, 0, 0, 1, '', '1.532 lượt đọc', 0.9, 'PENDING', 0, CURRENT_TIMESTAMP)\
                    """).param(id).update();
        }
        jdbc.sql("UPDATE bead SET status = 'APPROVED', updated_by = 'lan' WHERE article_id = 'old-reviewed' "
                        + "AND idx = 0")
                .update();
        assertThat(changes.anythingToDo(corpus)).isTrue();

        RunReport report = runs.run(corpus);

        assertThat(report.articles())
                .extracting(RunArticleRow::articleId, RunArticleRow::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("old-pending", RunOutcome.PROCESSED),
                        org.assertj.core.groups.Tuple.tuple("old-reviewed", RunOutcome.UNCHANGED));
        assertThat(beadsHolding("old-pending", "lượt đọc")).isZero();
        assertThat(review.lines("old-pending")).hasSize(4);
        assertThat(version("old-pending")).isEqualTo(IngestVersion.CURRENT);
        assertThat(beadsHolding("old-reviewed", "lượt đọc")).isOne();
        assertThat(jdbc.sql("SELECT status FROM bead WHERE article_id = 'old-reviewed' AND idx = 0")
                        .query(String.class)
                        .single())
                .isEqualTo("APPROVED");
        assertThat(version("old-reviewed")).isEqualTo(1);
        assertThat(runs.run(corpus).count(RunOutcome.UNCHANGED)).isEqualTo(2);
    }

    @Test
    void aLinePutBackIsContentFromTheNextRunOnAndAudited() throws Exception {
        article("put-back", 3);
        runs.run(corpus);
        MetadataRow counter = review.lines("put-back").stream()
                .filter(line -> line.text().equals("1 532 lectures"))
                .findFirst()
                .orElseThrow();

        assertThat(review.keep("put-back", counter.id(), "lan").kept()).isTrue();
        review.keep("put-back", counter.id(), "lan");
        assertThat(changes.anythingToDo(corpus)).isTrue();
        RunReport report = runs.run(corpus);

        assertThat(report.count(RunOutcome.PROCESSED)).isOne();
        assertThat(sentences("put-back")).contains("1 532 lectures");
        assertThat(review.lines("put-back")).extracting(MetadataRow::text).doesNotContain("1 532 lectures");
        assertThat(jdbc.sql("SELECT username || ' ' || action || ' ' || lang_pair || ' ' || detail FROM review_action "
                                + "WHERE article_id = 'put-back'")
                        .query(String.class)
                        .list())
                .containsExactly("lan KEEP_METADATA fr counter line: 1 532 lectures");
        assertThat(runs.run(corpus).count(RunOutcome.UNCHANGED)).isOne();
    }

    @Test
    void keepingAnUnknownLineOrAPageTagIsRefused() throws Exception {
        article("refused", 4);
        runs.run(corpus);

        assertThatThrownBy(() -> review.keep("refused", -5, "lan"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("has no metadata line -5");
        assertThatThrownBy(() -> review.lines("no-such-article")).isInstanceOf(NotFoundException.class);
        jdbc.sql("INSERT INTO article_metadata (article_id, lang, idx, kind, detected_by, content) "
                        + "VALUES ('refused', 'fr', -1, 'author', 'page', 'Thu Trang')")
                .update();
        long tag = review.lines("refused").stream()
                .filter(line -> line.position() < 0)
                .findFirst()
                .orElseThrow()
                .id();
        assertThatThrownBy(() -> review.keep("refused", tag, "lan"))
                .isInstanceOf(InvalidActionException.class)
                .hasMessageContaining("page's tags");
    }

    private int version(String id) {
        return jdbc.sql("SELECT ingest_version FROM article WHERE id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    private int beadsHolding(String id, String text) {
        return jdbc.sql("SELECT COUNT(*) FROM bead WHERE article_id = ? AND tgt_text LIKE ?")
                .params(id, "%" + text + "%")
                .query(Integer.class)
                .single();
    }

    private List<String> sentences(String id) {
        return jdbc.sql("SELECT content FROM sentence WHERE article_id = ? ORDER BY lang, idx")
                .param(id)
                .query(String.class)
                .list();
    }

    private void article(String id, int n) throws IOException {
        Path dir = Files.createDirectories(corpus.resolve(id));
        Files.writeString(
                dir.resolve("fr.txt"),
                String.join(
                                "\n\n",
                                "Publié le 12/03/2024 à 08:45",
                                "Le Comité populaire de la province de Nam Dinh a lancé un programme de réforme "
                                        + "administrative numéro " + n + ".",
                                "Plus de 120 procédures seront traitées en ligne avant la fin de l'année, selon le "
                                        + "vice-président.",
                                "1 532 lectures")
                        + "\n");
        Files.writeString(
                dir.resolve("vi.txt"),
                String.join(
                                "\n\n",
                                "Đăng lúc 08:45 ngày 12/03/2024",
                                "Ủy ban nhân dân tỉnh Nam Định phát động chương trình cải cách hành chính số " + n
                                        + ".",
                                "Theo Phó Chủ tịch, hơn 120 thủ tục sẽ được giải quyết trực tuyến trước cuối năm.",
                                "1.532 lượt đọc")
                        + "\n");
        // Dated in the past, as a corpus written earlier: the runs then compare stamps and need not read
        // anything, and these tests prove that an outdated article or a line put back is read all the same.
        for (Path path : List.of(dir.resolve("fr.txt"), dir.resolve("vi.txt"), dir)) {
            Files.setLastModifiedTime(
                    path, java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2024-01-01T00:00:00Z")));
        }
    }
}
