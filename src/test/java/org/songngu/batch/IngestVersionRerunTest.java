package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.corpus.IngestVersion;
import org.songngu.store.RunArticleRow;
import org.songngu.store.RunOutcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 25, point 4: after a segmentation change (ingest version 3), an article an older version
 * stored whose beads are all pending is segmented and aligned again on the next run, without any
 * file change, and the run counts it as redone; a reviewed one keeps its sentences and beads.
 */
@SpringBootTest
@ActiveProfiles("test")
class IngestVersionRerunTest {

    @Autowired
    AlignmentRuns runs;

    @Autowired
    CorpusChanges changes;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path corpus;

    @Test
    void aPendingArticleOfVersionTwoIsRedoneAndAReviewedOneKept() throws Exception {
        assertThat(IngestVersion.CURRENT).isEqualTo(3);
        article("v2-pending", 30, 5);
        article("v2-reviewed", 40, 6);
        runs.run(corpus);
        int pieces = frenchSentences("v2-pending").size();
        for (String id : List.of("v2-pending", "v2-reviewed")) {
            storeAsVersionTwo(id);
        }
        jdbc.sql("UPDATE bead SET status = 'APPROVED', updated_by = 'lan' WHERE article_id = 'v2-reviewed' "
                        + "AND lang_pair = 'fr-vi'")
                .update();
        assertThat(changes.anythingToDo(corpus)).isTrue();

        RunReport report = runs.run(corpus);

        assertThat(report.articles())
                .extracting(RunArticleRow::articleId, RunArticleRow::outcome, RunArticleRow::redone)
                .containsExactly(
                        tuple("v2-pending", RunOutcome.PROCESSED, true),
                        tuple("v2-reviewed", RunOutcome.UNCHANGED, false));
        assertThat(report.articles().get(0).message()).startsWith("redone: ");
        assertThat(report.redone()).isOne();
        assertThat(report.counts()).isEqualTo("1 processed (1 redone after a pipeline change), 1 unchanged, 0 failed");
        // re-segmented by the current splitter: the possible boundary before "Mme Pelosi" is back
        assertThat(frenchSentences("v2-pending"))
                .hasSize(pieces)
                .element(1)
                .asString()
                .startsWith("Mme Pelosi");
        assertThat(version("v2-pending")).isEqualTo(IngestVersion.CURRENT);
        assertThat(jdbc.sql("SELECT status FROM article WHERE id = 'v2-pending'")
                        .query(String.class)
                        .single())
                .isEqualTo("ALIGNED");
        assertThat(beads("v2-pending", "fr-vi")).isGreaterThan(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bead WHERE article_id = 'v2-pending' AND lang_pair = 'fr-vi' "
                                + "AND src_start = 1")
                        .query(Integer.class)
                        .single())
                .isOne();
        // the reviewed article: its sentences, beads, review and version as they were
        assertThat(frenchSentences("v2-reviewed"))
                .hasSize(pieces - 1)
                .element(0)
                .asString()
                .contains("D.C. Mme Pelosi");
        assertThat(beads("v2-reviewed", "fr-vi")).isOne();
        assertThat(jdbc.sql("SELECT status FROM bead WHERE article_id = 'v2-reviewed' AND lang_pair = 'fr-vi'")
                        .query(String.class)
                        .single())
                .isEqualTo("APPROVED");
        assertThat(version("v2-reviewed")).isEqualTo(2);

        // nothing left to redo: the next run takes the fast path and redoes nothing
        assertThat(changes.anythingToDo(corpus)).isFalse();
        RunReport again = runs.run(corpus);
        assertThat(again.count(RunOutcome.UNCHANGED)).isEqualTo(2);
        assertThat(again.redone()).isZero();
        assertThat(again.counts()).isEqualTo("0 processed, 2 unchanged, 0 failed");
    }

    /**
     * As version 2 left it: the French "... Washington D.C. Mme Pelosi ..." one sentence (that
     * splitter drew no boundary there), no prior stored, one bead per pair over everything.
     */
    private void storeAsVersionTwo(String id) {
        List<String> french = frenchSentences(id);
        jdbc.sql("UPDATE article SET ingest_version = 2 WHERE id = ?").param(id).update();
        jdbc.sql("DELETE FROM bead WHERE article_id = ?").param(id).update();
        jdbc.sql("UPDATE sentence SET content = ? WHERE article_id = ? AND lang = 'fr' AND idx = 0")
                .params(french.get(0) + " " + french.get(1), id)
                .update();
        jdbc.sql("DELETE FROM sentence WHERE article_id = ? AND lang = 'fr' AND idx = 1")
                .param(id)
                .update();
        for (int index = 2; index < french.size(); index++) {
            jdbc.sql("UPDATE sentence SET idx = ? WHERE article_id = ? AND lang = 'fr' AND idx = ?")
                    .params(index - 1, id, index)
                    .update();
        }
        jdbc.sql("UPDATE sentence SET possible_before = NULL WHERE article_id = ?")
                .param(id)
                .update();
        for (String language : List.of("vi", "en")) {
            int targets = jdbc.sql("SELECT COUNT(*) FROM sentence WHERE article_id = ? AND lang = ?")
                    .params(id, language)
                    .query(Integer.class)
                    .single();
            jdbc.sql("""
                    INSERT INTO bead (article_id, lang_pair, idx, src_start, src_end, tgt_start, tgt_end, src_text,
                                      tgt_text, confidence, status, version, updated_at)
                    VALUES (?, ?, 0, 0, ?, 0, ?, 'all of it', 'all of it', 0.5, 'PENDING', 0, CURRENT_TIMESTAMP)""")
                    .params(id, "fr-" + language, french.size() - 1, targets)
                    .update();
        }
    }

    private List<String> frenchSentences(String id) {
        return jdbc.sql("SELECT content FROM sentence WHERE article_id = ? AND lang = 'fr' ORDER BY idx")
                .param(id)
                .query(String.class)
                .list();
    }

    private int beads(String id, String pair) {
        return jdbc.sql("SELECT COUNT(*) FROM bead WHERE article_id = ? AND lang_pair = ?")
                .params(id, pair)
                .query(Integer.class)
                .single();
    }

    private int version(String id) {
        return jdbc.sql("SELECT ingest_version FROM article WHERE id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    /** The fixture of {@link PossibleBoundariesJobTest} with other years and days, so that no paragraph is chrome. */
    private void article(String id, int year, int days) throws IOException {
        Path dir = Files.createDirectories(corpus.resolve(id));
        for (String[] version : List.of(
                new String[] {"fr.txt", PossibleBoundariesJobTest.FRENCH},
                new String[] {"vi.txt", PossibleBoundariesJobTest.VIETNAMESE},
                new String[] {"en.txt", PossibleBoundariesJobTest.ENGLISH})) {
            Files.writeString(
                    dir.resolve(version[0]),
                    version[1]
                                    .replace("8", String.valueOf(days))
                                    .replace("2024", "20" + year)
                                    .replace("2025", "20" + (year + 1))
                            + "\n");
        }
        // Dated in the past, as a corpus written earlier: the runs compare stamps and need not read
        // anything, so this proves that an outdated article is read all the same.
        for (Path path : List.of(dir.resolve("fr.txt"), dir.resolve("vi.txt"), dir.resolve("en.txt"), dir)) {
            Files.setLastModifiedTime(path, FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));
        }
    }
}
