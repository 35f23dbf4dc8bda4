package org.songngu.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read-only queries behind the review pages and the API. */
@Repository
class ReviewQueries {

    private final JdbcClient jdbc;

    ReviewQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every article in id order, without the glossary count (see {@link ArticlePages}). */
    List<ArticleSummary> articles() {
        return summaries(null);
    }

    Optional<ArticleSummary> article(String id) {
        return summaries(id).stream().findFirst();
    }

    private List<ArticleSummary> summaries(String onlyId) {
        String where = onlyId == null ? "" : " WHERE a.id = ?";
        Object[] params = onlyId == null ? new Object[0] : new Object[] {onlyId};
        Map<String, List<ArticleSummary.PairProgress>> progress = new HashMap<>();
        Map<String, Double> minConfidence = new HashMap<>();
        jdbc.sql("""
                SELECT article_id, lang_pair,
                       SUM(CASE WHEN status = 'APPROVED' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN status = 'REJECTED' THEN 1 ELSE 0 END), COUNT(*), MIN(confidence)
                FROM bead""" + (onlyId == null ? "" : " WHERE article_id = ?")
                + " GROUP BY article_id, lang_pair ORDER BY article_id, lang_pair")
                .params(params)
                .query(rs -> {
                    String article = rs.getString(1);
                    progress.computeIfAbsent(article, id -> new ArrayList<>()).add(new ArticleSummary.PairProgress(
                            rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                    minConfidence.merge(article, rs.getDouble(6), Math::min);
                });
        Map<String, ArticleSummary.LastRun> lastRuns = new HashMap<>();
        jdbc.sql("""
                SELECT r.article_id, r.job_execution_id, r.outcome, r.message, r.recorded_at FROM run_article r
                WHERE r.recorded_at = (SELECT MAX(x.recorded_at) FROM run_article x WHERE x.article_id = r.article_id)"""
                + (onlyId == null ? "" : " AND r.article_id = ?"))
                .params(params)
                .query(rs -> {
                    lastRuns.put(rs.getString(1), new ArticleSummary.LastRun(rs.getLong(2), rs.getString(3),
                            rs.getString(4), rs.getTimestamp(5).toInstant()));
                });
        return jdbc.sql("""
                SELECT a.id, a.title, a.status, a.last_error,
                       (SELECT COUNT(*) FROM sentence s WHERE s.article_id = a.id AND s.lang = 'fr'),
                       (SELECT COUNT(*) FROM finding f WHERE f.article_id = a.id), a.quality_score
                FROM article a""" + where + " ORDER BY a.id")
                .params(params)
                .query((rs, row) -> {
                    String id = rs.getString(1);
                    return new ArticleSummary(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                            progress.getOrDefault(id, List.of()), rs.getInt(6), lastRuns.get(id),
                            minConfidence.get(id), 0, rs.getObject(7, Double.class));
                })
                .list();
    }

    /** Every bead's texts, per article and pair: what the glossary check reads. */
    List<Bead> allBeads() {
        return jdbc.sql("""
                SELECT id, article_id, lang_pair, idx, src_start, src_end, tgt_start, tgt_end, src_text, tgt_text,
                       confidence, status, version, updated_at, updated_by
                FROM bead ORDER BY article_id, lang_pair, idx""")
                .query(ReviewStore::bead)
                .list();
    }

    List<Finding> findings(String articleId) {
        return jdbc.sql("""
                SELECT sentence_idx, rule_id, message, start_pos, end_pos, suggestions FROM finding
                WHERE article_id = ? ORDER BY sentence_idx, start_pos""")
                .param(articleId)
                .query((rs, row) -> new Finding(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), rs.getString(6)))
                .list();
    }

    /** The quality score of each checked French sentence of an article, by sentence index. */
    Map<Integer, Double> frenchScores(String articleId) {
        Map<Integer, Double> scores = new HashMap<>();
        jdbc.sql("SELECT idx, quality_score FROM sentence WHERE article_id = ? AND lang = 'fr' AND quality_score IS NOT NULL")
                .param(articleId)
                .query(rs -> {
                    scores.put(rs.getInt(1), rs.getDouble(2));
                });
        return scores;
    }

    /** Every sentence of every article, for search: article id, title, language, index, text. */
    List<SearchHit> allSentences() {
        return jdbc.sql("""
                SELECT s.article_id, a.title, s.lang, s.idx, s.content FROM sentence s JOIN article a ON a.id = s.article_id
                ORDER BY s.article_id, s.lang, s.idx""")
                .query((rs, row) -> new SearchHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), 0, 0))
                .list();
    }

    /** The job's runs, newest first, with how many articles each processed, left unchanged or failed. */
    List<RunSummary> runs(int limit) {
        return jdbc.sql("""
                SELECT e.JOB_EXECUTION_ID, e.STATUS, e.START_TIME, e.END_TIME, e.EXIT_MESSAGE,
                       (SELECT COUNT(*) FROM run_article r WHERE r.job_execution_id = e.JOB_EXECUTION_ID AND r.outcome = 'PROCESSED'),
                       (SELECT COUNT(*) FROM run_article r WHERE r.job_execution_id = e.JOB_EXECUTION_ID AND r.outcome = 'UNCHANGED'),
                       (SELECT COUNT(*) FROM run_article r WHERE r.job_execution_id = e.JOB_EXECUTION_ID AND r.outcome = 'FAILED')
                FROM BATCH_JOB_EXECUTION e ORDER BY e.JOB_EXECUTION_ID DESC LIMIT ?""")
                .param(limit)
                .query((rs, row) -> new RunSummary(rs.getLong(1), rs.getString(2), instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4)), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
