package org.songngu.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.songngu.api.Page;
import org.songngu.api.PageRequest;
import org.songngu.corpus.LanguagePair;
import org.songngu.corpus.SearchKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read-only queries behind the review pages and the API. */
@Repository
class ReviewQueries {

    private final JdbcClient jdbc;
    private final ArticleSearch search;

    ReviewQueries(JdbcClient jdbc, ArticleSearch search) {
        this.jdbc = jdbc;
        this.search = search;
    }

    /** A page of the articles that pass {@code filter}, in id order, from their stored summaries. */
    Page<ArticleSummary> articles(ArticleFilter filter, PageRequest page) {
        List<Object> params = new ArrayList<>();
        String conditions = conditions(filter, params);
        String key = SearchKey.query(filter.query());
        if (filter.query().isBlank()) {
            String where = " WHERE 1 = 1" + conditions;
            long total = jdbc.sql(
                            "SELECT COUNT(*) FROM article a LEFT JOIN article_summary s ON s.article_id = a.id" + where)
                    .params(params)
                    .query(Long.class)
                    .single();
            List<String> ids = jdbc.sql("SELECT a.id FROM article a LEFT JOIN article_summary s ON s.article_id = a.id"
                            + where + " ORDER BY a.id LIMIT ? OFFSET ?")
                    .params(with(params, page.size(), page.offset()))
                    .query(String.class)
                    .list();
            return Page.of(summaries(ids), page, total, true);
        }
        if (key.isEmpty()) {
            return Page.of(List.of(), page, 0, true);
        }
        Page<String> ids = search.articles(key, new ArticleSearch.Filter(conditions, params), page);
        return Page.of(summaries(ids.items()), page, ids.total(), ids.totalExact());
    }

    Optional<ArticleSummary> article(String id) {
        return summaries(List.of(id)).stream().findFirst();
    }

    /**
     * A page of the sentences whose search form holds the query's ({@link SearchKey}), in article,
     * language and sentence order; hits are counted up to {@link PageRequest#COUNT_LIMIT}.
     */
    Page<SearchHit> search(String query, PageRequest page) {
        String key = SearchKey.query(query);
        if (key.isEmpty()) {
            return Page.of(List.of(), page, 0, true);
        }
        return search.hits(key, page);
    }

    /** The summaries of these articles, in this order. */
    private List<ArticleSummary> summaries(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, ArticleSummary.LastRun> lastRuns = new HashMap<>();
        jdbc.sql("""
                SELECT r.article_id, r.job_execution_id, r.outcome, r.message, r.recorded_at FROM run_article r
                WHERE r.article_id IN (""" + marks(ids.size()) + """
                ) AND r.recorded_at = (SELECT MAX(x.recorded_at) FROM run_article x WHERE x.article_id = r.article_id)\
                """).params(ids).query(rs -> {
            lastRuns.put(
                    rs.getString(1),
                    new ArticleSummary.LastRun(
                            rs.getLong(2),
                            lower(rs.getString(3)),
                            rs.getString(4),
                            rs.getTimestamp(5).toInstant()));
        });
        Map<String, ArticleSummary> byId = new HashMap<>();
        jdbc.sql("""
                SELECT a.id, a.title, a.status, a.last_error, a.quality_score, s.fr_sentences, s.findings,
                       s.vi_total, s.vi_approved, s.vi_rejected, s.en_total, s.en_approved, s.en_rejected,
                       s.min_confidence, s.missing_terms,
                       (SELECT f.content FROM sentence f WHERE f.article_id = a.id AND f.lang = 'fr' AND f.idx = 0)
                FROM article a LEFT JOIN article_summary s ON s.article_id = a.id WHERE a.id IN (\
                """ + marks(ids.size()) + ")").params(ids).query(rs -> {
            String id = rs.getString(1);
            List<ArticleSummary.PairProgress> pairs = new ArrayList<>();
            if (rs.getInt(8) > 0) {
                pairs.add(
                        new ArticleSummary.PairProgress(LanguagePair.FR_VI, rs.getInt(9), rs.getInt(10), rs.getInt(8)));
            }
            if (rs.getInt(11) > 0) {
                pairs.add(new ArticleSummary.PairProgress(
                        LanguagePair.FR_EN, rs.getInt(12), rs.getInt(13), rs.getInt(11)));
            }
            byId.put(
                    id,
                    new ArticleSummary(
                            id,
                            rs.getString(2),
                            lower(rs.getString(3)),
                            rs.getString(4),
                            rs.getInt(6),
                            pairs,
                            rs.getInt(7),
                            lastRuns.get(id),
                            rs.getObject(14, Double.class),
                            rs.getInt(15),
                            rs.getObject(5, Double.class),
                            isTitle(rs.getString(2), rs.getString(16))));
        });
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Whether an article's first French sentence is its title (accents, case and punctuation aside). */
    static boolean isTitle(String title, String firstSentence) {
        if (title == null || firstSentence == null) {
            return false;
        }
        String key = SearchKey.of(title);
        return !key.isBlank() && key.equals(SearchKey.of(firstSentence));
    }

    /**
     * The filter's conditions on the article's summary {@code s} (an article without one yet is
     * unaligned), each starting with " AND ".
     */
    private static String conditions(ArticleFilter filter, List<Object> params) {
        StringBuilder where = new StringBuilder();
        if (filter.review() != null) {
            where.append(" AND COALESCE(s.review_state, 'unaligned') = ?");
            params.add(filter.review());
        }
        if (filter.minConfidence() != null) {
            where.append(" AND s.min_confidence >= ?");
            params.add(filter.minConfidence());
        }
        if (filter.maxConfidence() != null) {
            where.append(" AND s.min_confidence <= ?");
            params.add(filter.maxConfidence());
        }
        if (filter.findings() != null) {
            where.append(filter.findings() ? " AND s.findings > 0" : " AND COALESCE(s.findings, 0) = 0");
        }
        if (Boolean.TRUE.equals(filter.missingTerms())) {
            where.append(" AND s.missing_terms > 0");
        }
        return where.toString();
    }

    // Enum values go out in lower case, as everywhere in the API.
    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(java.util.Locale.ROOT);
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static List<Object> with(List<?> params, Object... more) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(List.of(more));
        return all;
    }

    List<Finding> findings(String articleId) {
        return jdbc.sql("""
                SELECT id, sentence_idx, rule_id, message, start_pos, end_pos, suggestions FROM finding
                WHERE article_id = ? ORDER BY sentence_idx, start_pos, id""")
                .param(articleId)
                .query((rs, row) -> new Finding(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getString(7)))
                .list();
    }

    /** A page of an article's French findings, with the words each flags. */
    Page<ArticleFinding> findings(String articleId, PageRequest page) {
        long total = jdbc.sql("SELECT COUNT(*) FROM finding WHERE article_id = ?")
                .param(articleId)
                .query(Long.class)
                .single();
        List<ArticleFinding> items = jdbc.sql("""
                SELECT f.id, f.sentence_idx, f.rule_id, f.category, f.message, f.start_pos, f.end_pos, f.suggestions,
                       s.content
                FROM finding f LEFT JOIN sentence s ON s.article_id = f.article_id AND s.lang = 'fr'
                    AND s.idx = f.sentence_idx
                WHERE f.article_id = ? ORDER BY f.sentence_idx, f.start_pos, f.id LIMIT ? OFFSET ?""")
                .params(articleId, page.size(), page.offset())
                .query((rs, row) -> new ArticleFinding(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getString(8) == null || rs.getString(8).isEmpty()
                                ? List.of()
                                : List.of(rs.getString(8).split("\\|")),
                        org.songngu.store.DismissedFindings.flagged(rs.getString(9), rs.getInt(6), rs.getInt(7))))
                .list();
        return Page.of(items, page, total, true);
    }

    /** The quality score of each checked French sentence of an article, by sentence index. */
    Map<Integer, Double> frenchScores(String articleId) {
        Map<Integer, Double> scores = new HashMap<>();
        jdbc.sql("SELECT idx, quality_score FROM sentence WHERE article_id = ? AND lang = 'fr' AND "
                        + "quality_score IS NOT NULL")
                .param(articleId)
                .query(rs -> {
                    scores.put(rs.getInt(1), rs.getDouble(2));
                });
        return scores;
    }

    /** Every sentence of every article, for search: article id, title, language, index, text. */
    List<SearchHit> allSentences() {
        return jdbc.sql("""
                SELECT s.article_id, a.title, s.lang, s.idx, s.content
                FROM sentence s JOIN article a ON a.id = s.article_id
                ORDER BY s.article_id, s.lang, s.idx""")
                .query((rs, row) -> new SearchHit(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), 0, 0))
                .list();
    }

    /** The job's runs, newest first, with how many articles each processed (and redid), left unchanged or failed. */
    List<RunSummary> runs(int limit) {
        return runs(new PageRequest(1, limit)).items();
    }

    /** A page of the job's runs, newest first. */
    Page<RunSummary> runs(PageRequest page) {
        long total = jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")
                .query(Long.class)
                .single();
        List<RunSummary> runs = jdbc.sql(RUNS + " ORDER BY e.JOB_EXECUTION_ID DESC LIMIT ? OFFSET ?")
                .params(page.size(), page.offset())
                .query(ReviewQueries::run)
                .list();
        return Page.of(runs, page, total, true);
    }

    Optional<RunSummary> run(long executionId) {
        return jdbc.sql(RUNS + " WHERE e.JOB_EXECUTION_ID = ?")
                .param(executionId)
                .query(ReviewQueries::run)
                .optional();
    }

    /** The newest run's execution id; 0 before the first. */
    long latestRunId() {
        return jdbc.sql("SELECT COALESCE(MAX(JOB_EXECUTION_ID), 0) FROM BATCH_JOB_EXECUTION")
                .query(Long.class)
                .single();
    }

    private static final String RUNS = """
            SELECT e.JOB_EXECUTION_ID, e.STATUS, e.START_TIME, e.END_TIME, e.EXIT_MESSAGE,
                   (SELECT COUNT(*) FROM run_article r WHERE r.job_execution_id = e.JOB_EXECUTION_ID
                                                         AND r.outcome = 'PROCESSED'),
                   (SELECT COUNT(*) FROM run_article r WHERE r.job_execution_id = e.JOB_EXECUTION_ID
                                                         AND r.outcome = 'UNCHANGED'),
                   (SELECT COUNT(*) FROM run_article r WHERE r.job_execution_id = e.JOB_EXECUTION_ID
                                                         AND r.outcome = 'FAILED'),
                   (SELECT COUNT(*) FROM run_article r WHERE r.job_execution_id = e.JOB_EXECUTION_ID
                                                         AND r.outcome = 'PROCESSED' AND r.redone)
            FROM BATCH_JOB_EXECUTION e""";

    private static RunSummary run(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new RunSummary(
                rs.getLong(1),
                rs.getString(2).toLowerCase(java.util.Locale.ROOT),
                instant(rs.getTimestamp(3)),
                instant(rs.getTimestamp(4)),
                rs.getString(5),
                rs.getInt(6),
                rs.getInt(7),
                rs.getInt(8),
                rs.getInt(9));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
