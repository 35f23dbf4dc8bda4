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

    ReviewQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final int CHUNK = 100;

    /** A page of the articles that pass {@code filter}, in id order, from their stored summaries. */
    Page<ArticleSummary> articles(ArticleFilter filter, PageRequest page) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        String key = SearchKey.query(filter.query());
        if (filter.query().isBlank()) {
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
        // Articles that hold every word of the query, then those among them with a matching sentence,
        // read a chunk at a time and counted up to the limit.
        List<String> candidates = jdbc.sql(
                        "SELECT a.id FROM article a LEFT JOIN article_summary s ON s.article_id = a.id" + where
                                + " AND a.id IN (" + termQuery(key, params) + ") ORDER BY a.id")
                .params(params)
                .query(String.class)
                .list();
        int limit = Math.max(PageRequest.COUNT_LIMIT, page.offset() + page.size());
        List<String> matching = new ArrayList<>();
        for (int from = 0; from < candidates.size() && matching.size() < limit; from += CHUNK) {
            List<String> chunk = candidates.subList(from, Math.min(candidates.size(), from + CHUNK));
            matching.addAll(jdbc.sql("SELECT DISTINCT article_id FROM sentence WHERE article_id IN ("
                            + marks(chunk.size()) + ") AND search_key LIKE ? ORDER BY article_id")
                    .params(with(chunk, like(key)))
                    .query(String.class)
                    .list());
        }
        boolean exact = matching.size() < limit;
        List<String> ids = matching.subList(
                Math.min(matching.size(), page.offset()), Math.min(matching.size(), page.offset() + page.size()));
        return Page.of(summaries(ids), page, Math.min(matching.size(), limit), exact);
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
        List<Object> params = new ArrayList<>();
        List<String> candidates = jdbc.sql(
                        "SELECT DISTINCT article_id FROM (" + termQuery(key, params) + ") t ORDER BY article_id")
                .params(params)
                .query(String.class)
                .list();
        int limit = Math.max(PageRequest.COUNT_LIMIT, page.offset() + page.size());
        int end = page.offset() + page.size();
        List<SearchHit> hits = new ArrayList<>();
        int counted = 0;
        for (int from = 0; from < candidates.size() && counted < limit; from += CHUNK) {
            List<String> chunk = candidates.subList(from, Math.min(candidates.size(), from + CHUNK));
            List<Object> chunkParams = with(chunk, like(key));
            if (counted >= end) {
                // past the page: only count what is left up to the limit
                counted += jdbc.sql("SELECT COUNT(*) FROM sentence WHERE article_id IN (" + marks(chunk.size())
                                + ") AND search_key LIKE ?")
                        .params(chunkParams)
                        .query(Integer.class)
                        .single();
                continue;
            }
            List<Object[]> rows = jdbc.sql("SELECT s.article_id, a.title, s.lang, s.idx, s.content FROM sentence s"
                            + " JOIN article a ON a.id = s.article_id WHERE s.article_id IN (" + marks(chunk.size())
                            + ") AND s.search_key LIKE ? ORDER BY s.article_id, s.lang, s.idx")
                    .params(chunkParams)
                    .query((rs, row) -> new Object[] {
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5)
                    })
                    .list();
            for (Object[] row : rows) {
                if (counted >= page.offset() && counted < end) {
                    String text = (String) row[4];
                    int[] at = SearchKey.find(text, key);
                    hits.add(new SearchHit(
                            (String) row[0],
                            (String) row[1],
                            (String) row[2],
                            (Integer) row[3],
                            text,
                            at == null ? 0 : at[0],
                            at == null ? 0 : at[1]));
                }
                counted++;
            }
        }
        return Page.of(hits, page, Math.min(counted, limit), counted < limit);
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

    /** The filter's conditions on the article and its summary (an article without one yet is unaligned). */
    private static String where(ArticleFilter filter, List<Object> params) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
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

    /**
     * The articles holding, for each word of the query, a word it starts (the whole word for every
     * word but the last, which may be typed in part).
     */
    private static String termQuery(String key, List<Object> params) {
        List<String> words = List.copyOf(SearchKey.words(key));
        List<String> selects = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean whole = i < words.size() - 1 && word.length() < SearchKey.MAX_WORD && !key.endsWith(" ");
            selects.add(
                    whole
                            ? "SELECT article_id FROM article_term WHERE term = ?"
                            : "SELECT article_id FROM article_term WHERE term LIKE ?");
            params.add(whole ? word : word + "%");
        }
        return String.join(" INTERSECT ", selects);
    }

    // Enum values go out in lower case, as everywhere in the API.
    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(java.util.Locale.ROOT);
    }

    private static String like(String key) {
        return "%" + key + "%";
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
