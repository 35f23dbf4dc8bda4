package org.songngu.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.songngu.store.ArticleSummaries;
import org.songngu.store.SearchIndex;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small article of its own for review tests, stored beside whatever the job stored. Its status is
 * FAILED so that the job neither re-aligns it nor learns from it, and tests delete it afterwards.
 */
final class ReviewFixture {

    private final JdbcClient jdbc;
    private final ArticleSummaries summaries;
    private final SearchIndex search;
    final String articleId;

    ReviewFixture(ApplicationContext context, String articleId) {
        this.jdbc = context.getBean(JdbcClient.class);
        this.summaries = context.getBean(ArticleSummaries.class);
        this.search = context.getBean(SearchIndex.class);
        this.articleId = articleId;
    }

    /** Computes what the store computes when the job writes an article: its search keys and summary. */
    private void stored() {
        search.reindex(articleId);
        summaries.refresh(articleId);
    }

    /** French and Vietnamese sentences "F0".."Fn-1", "V0".."Vn-1", aligned 1-1 with the given confidences. */
    void storeOneToOne(double... confidences) {
        delete();
        jdbc.sql("INSERT INTO article (id, title, status, check_status, updated_at) VALUES (?, ?, 'FAILED', 'OK', ?)")
                .params(articleId, "Review test " + articleId, Timestamp.from(Instant.now()))
                .update();
        for (int i = 0; i < confidences.length; i++) {
            sentence("fr", i, french(i));
            sentence("vi", i, vietnamese(i));
            jdbc.sql("""
                    INSERT INTO bead (article_id, lang_pair, idx, src_start, src_end, tgt_start, tgt_end, src_text,
                                      tgt_text, confidence, status, version, updated_at)
                    VALUES (?, 'fr-vi', ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)""")
                    .params(
                            articleId,
                            i,
                            i,
                            i + 1,
                            i,
                            i + 1,
                            french(i),
                            vietnamese(i),
                            confidences[i],
                            Timestamp.from(Instant.now()))
                    .update();
        }
        stored();
    }

    void finding(int sentence, int start, int end, String message) {
        jdbc.sql("""
                INSERT INTO finding (article_id, sentence_idx, rule_id, category, message, start_pos,
                    end_pos, suggestions)
                VALUES (?, ?, 'TEST_RULE', 'TEST', ?, ?, ?, '')\
                """).params(articleId, sentence, message, start, end).update();
        stored();
    }

    void frenchScore(int sentence, double score) {
        jdbc.sql("UPDATE sentence SET quality_score = ? WHERE article_id = ? AND lang = 'fr' AND idx = ?")
                .params(score, articleId, sentence)
                .update();
    }

    static String french(int i) {
        return "Phrase française numéro " + i + ".";
    }

    static String vietnamese(int i) {
        return "Câu tiếng Việt số " + i + ".";
    }

    void delete() {
        List<Long> beadIds = jdbc.sql(
                        "SELECT DISTINCT c.bead_id FROM bead_change c JOIN review_action a ON a.id = c.action_id"
                                + " WHERE a.article_id = ?")
                .param(articleId)
                .query(Long.class)
                .list();
        jdbc.sql("DELETE FROM review_action WHERE article_id = ?")
                .param(articleId)
                .update();
        jdbc.sql("DELETE FROM article WHERE id = ?").param(articleId).update();
        if (beadIds.isEmpty()) {
            return;
        }
    }

    private void sentence(String lang, int idx, String text) {
        jdbc.sql("INSERT INTO sentence (article_id, lang, idx, paragraph, content) VALUES (?, ?, ?, 0, ?)")
                .params(articleId, lang, idx, text)
                .update();
    }
}
