package org.songngu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.songngu.corpus.LanguagePair;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ArticleStoreTest {

    @Autowired
    ArticleStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArticleSummaries summaries;

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM article WHERE id LIKE 'recent-%' OR id LIKE 'summary-%'")
                .update();
    }

    @Test
    void storingAndAligningAnArticleCountsItsSummaryAndIndexesItsWords() {
        String french = "Le Comité provincial du Parti de Thái Bình a siégé.";
        store.saveSegmented(
                new ArticleRow("summary-a", "Titre", null, null, "h"),
                List.of(
                        new VersionContent(
                                "fr", 1, List.of(new SentenceRow(0, 0, french), new SentenceRow(1, 0, "Fin."))),
                        new VersionContent(
                                "vi",
                                1,
                                List.of(new SentenceRow(0, 0, "Hội nghị đã họp."), new SentenceRow(1, 0, "Hết.")))));

        assertThat(summary("summary-a"))
                .containsEntry("FR_SENTENCES", 2)
                .containsEntry("VI_TOTAL", 0)
                .containsEntry("REVIEW_STATE", "unaligned");
        assertThat(jdbc.sql("SELECT search_key FROM sentence WHERE article_id = 'summary-a' AND lang = 'fr' AND "
                                + "idx = 0")
                        .query(String.class)
                        .single())
                .isEqualTo(" le comite provincial du parti de thai binh a siege ");
        // queued for the search index, in the same transaction
        assertThat(jdbc.sql("SELECT COUNT(*) FROM search_feed WHERE article_id = 'summary-a'")
                        .query(Integer.class)
                        .single())
                .isPositive();

        store.saveBeads(
                "summary-a",
                LanguagePair.FR_VI,
                List.of(
                        new BeadRow(0, 0, 1, 0, 1, french, "Hội nghị đã họp.", 0.4),
                        new BeadRow(1, 1, 2, 1, 2, "Fin.", "Hết.", 0.9)));
        store.markAligned("summary-a");

        assertThat(summary("summary-a"))
                .containsEntry("VI_TOTAL", 2)
                .containsEntry("MISSING_TERMS", 1)
                .containsEntry("REVIEW_STATE", "todo")
                .containsEntry("MIN_CONFIDENCE", 0.4);
        store.setStatus("summary-a", "APPROVED", "import");
        assertThat(summary("summary-a")).containsEntry("VI_APPROVED", 2).containsEntry("REVIEW_STATE", "done");
    }

    @Test
    void staleSummariesAreCountedAgainAndOldArticlesGetTheirSearchKeys() {
        article("summary-old", "ALIGNED", "2030-01-01T00:00:00Z");
        jdbc.sql("INSERT INTO sentence (article_id, lang, idx, paragraph, content) VALUES ('summary-old', "
                        + "'fr', 0, 0, 'Đà Nẵng.')")
                .update();
        store.saveSegmented(
                new ArticleRow("summary-new", null, null, null, "h"),
                List.of(new VersionContent("fr", 1, List.of(new SentenceRow(0, 0, "Un.")))));
        jdbc.sql("UPDATE article_summary SET glossary_key = 'another glossary', fr_sentences = 7 WHERE "
                        + "article_id = 'summary-new'")
                .update();

        assertThat(summaries.refreshStale()).isGreaterThanOrEqualTo(2);

        assertThat(summary("summary-new")).containsEntry("FR_SENTENCES", 1);
        assertThat(summary("summary-old")).containsEntry("FR_SENTENCES", 1);
        assertThat(jdbc.sql("SELECT search_key FROM sentence WHERE article_id = 'summary-old'")
                        .query(String.class)
                        .single())
                .isEqualTo(" da nang ");
        assertThat(summaries.refreshStale()).isZero();
    }

    private java.util.Map<String, Object> summary(String id) {
        return jdbc.sql("SELECT * FROM article_summary WHERE article_id = ?")
                .param(id)
                .query()
                .singleRow();
    }

    @Test
    void realignmentSelectsOnlyUntouchedArticlesOfAnOlderModel() {
        article("recent-new", "SEGMENTED", "2030-01-01T00:00:00Z");
        aligned("recent-old", 1, "PENDING", 0);
        aligned("recent-none", null, "PENDING", 0);
        aligned("recent-current", 2, "PENDING", 0);
        aligned("recent-approved", 1, "APPROVED", 1);
        aligned("recent-edited", 1, "PENDING", 2);

        assertThat(selected(false, 2)).containsExactly("recent-new");
        assertThat(selected(true, 2)).containsExactly("recent-new", "recent-none", "recent-old");
        assertThat(store.countPendingAlignment(true, 2)).isEqualTo(3 + otherPending(true, 2));
    }

    private java.util.List<String> selected(boolean realign, int version) {
        return jdbc.sql("SELECT id FROM article WHERE (" + ArticleStore.pendingAlignmentWhere(realign)
                        + ") AND id LIKE 'recent-%' ORDER BY id")
                .paramSource(realign ? java.util.Map.of("version", version) : java.util.Map.of())
                .query(String.class)
                .list();
    }

    private long otherPending(boolean realign, int version) {
        return jdbc.sql("SELECT COUNT(*) FROM article WHERE (" + ArticleStore.pendingAlignmentWhere(realign)
                        + ") AND id NOT LIKE 'recent-%'")
                .paramSource(realign ? java.util.Map.of("version", version) : java.util.Map.of())
                .query(Long.class)
                .single();
    }

    private void aligned(String id, Integer modelVersion, String beadStatus, int beadVersion) {
        article(id, "ALIGNED", "2030-01-01T00:00:00Z");
        jdbc.sql("UPDATE article SET model_version = ? WHERE id = ?")
                .params(modelVersion, id)
                .update();
        jdbc.sql("""
                INSERT INTO bead (article_id, lang_pair, idx, src_start, src_end, tgt_start, tgt_end,
                    src_text, tgt_text,
                                  confidence, status, version, updated_at)
                VALUES (?, 'fr-vi', 0, 0, 1, 0, 1, 'a', 'b', 0.9, ?, ?, CURRENT_TIMESTAMP)\
                """).params(id, beadStatus, beadVersion).update();
    }

    private void article(String id, String status, String updated) {
        jdbc.sql("INSERT INTO article (id, status, content_hash, updated_at) VALUES (?, ?, 'h', ?)")
                .params(id, status, Timestamp.from(Instant.parse(updated)))
                .update();
    }
}
