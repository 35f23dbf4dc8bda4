package org.songngu.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-article metadata lines set aside at ingest ({@code article_metadata}), the lines reviewers
 * put back as content ({@code metadata_kept}) and the templates the latest run learned
 * ({@code metadata_template}).
 */
@Repository
public class ArticleMetadataStore {

    /** Longest stored line: lines are at most 200 characters by construction; this is the column. */
    static final int MAX_TEXT = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public ArticleMetadataStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Replaces the metadata lines of an article (in the caller's transaction, with its text). */
    @Transactional
    public void replace(String articleId, List<MetadataRow> lines) {
        jdbc.sql("DELETE FROM article_metadata WHERE article_id = ?")
                .param(articleId)
                .update();
        batch.batchUpdate("""
                INSERT INTO article_metadata (article_id, lang, idx, kind, detected_by, content)
                VALUES (?, ?, ?, ?, ?, ?)""", lines, 500, (statement, line) -> {
            statement.setString(1, articleId);
            statement.setString(2, line.language());
            statement.setInt(3, line.position());
            statement.setString(4, line.kind());
            statement.setString(5, line.detectedBy());
            statement.setString(6, cut(line.text()));
        });
    }

    /** An article's metadata lines, by language (fr, vi, en) then position, each marked when kept. */
    public List<MetadataRow> lines(String articleId) {
        return jdbc.sql("""
                SELECT m.id, m.lang, m.idx, m.kind, m.detected_by, m.content,
                       CASE WHEN k.id IS NULL THEN FALSE ELSE TRUE END AS kept
                FROM article_metadata m
                LEFT JOIN metadata_kept k ON k.article_id = m.article_id AND k.lang = m.lang AND k.content = m.content
                WHERE m.article_id = ?
                ORDER BY CASE m.lang WHEN 'fr' THEN 0 WHEN 'vi' THEN 1 ELSE 2 END, m.idx, m.id""")
                .param(articleId)
                .query((rs, row) -> new MetadataRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBoolean(7)))
                .list();
    }

    /** One metadata line of an article. */
    public Optional<MetadataRow> line(String articleId, long id) {
        return lines(articleId).stream().filter(line -> line.id() == id).findFirst();
    }

    /**
     * Remembers that a line goes back into the article's text: every later run keeps it as content.
     * Returns false when it was kept already.
     */
    @Transactional
    public boolean keep(String articleId, String language, String text, String user) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM metadata_kept WHERE article_id = ? AND lang = ? AND content = ?")
                        .params(articleId, language, text)
                        .query(Integer.class)
                        .single()
                > 0;
        if (known) {
            return false;
        }
        jdbc.sql("INSERT INTO metadata_kept (article_id, lang, content, kept_by, kept_at) VALUES (?, ?, ?, ?, ?)")
                .params(articleId, language, text, user, Timestamp.from(Instant.now()))
                .update();
        return true;
    }

    /**
     * Whether a line of the article that a reviewer put back is still stored as metadata: the next
     * run must read the article again even though its files did not change. Asked of the stored
     * rows rather than remembered as a flag, so a put-back that races a run is not lost.
     */
    public boolean hasLinesToPutBack(String articleId) {
        return jdbc.sql(LINES_TO_PUT_BACK + " AND m.article_id = ?")
                        .param(articleId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The articles that have a line to put back ({@link #hasLinesToPutBack}). */
    public java.util.Set<String> articlesWithLinesToPutBack() {
        return new java.util.HashSet<>(
                jdbc.sql(LINES_TO_PUT_BACK.replace("SELECT COUNT(*)", "SELECT DISTINCT m.article_id"))
                        .query(String.class)
                        .list());
    }

    private static final String LINES_TO_PUT_BACK = """
            SELECT COUNT(*) FROM article_metadata m
            JOIN metadata_kept k ON k.article_id = m.article_id AND k.lang = m.lang AND k.content = m.content
            WHERE m.idx >= 0""";

    /** The lines reviewers put back as content in an article, by language code. */
    public Map<String, List<String>> kept(String articleId) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        jdbc.sql("SELECT lang, content FROM metadata_kept WHERE article_id = ? ORDER BY id")
                .param(articleId)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(entry -> kept.computeIfAbsent(entry.getKey(), key -> new java.util.ArrayList<>())
                        .add(entry.getValue()));
        return kept;
    }

    /** How many metadata lines of each kind the articles a run processed had set aside, kinds in name order. */
    public Map<String, Long> countsByKind(long jobExecutionId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT m.kind, COUNT(*) FROM article_metadata m
                JOIN run_article r ON r.article_id = m.article_id
                WHERE r.job_execution_id = ? AND r.outcome = 'PROCESSED' AND m.idx >= 0
                GROUP BY m.kind ORDER BY m.kind""")
                .param(jobExecutionId)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    /** Replaces the stored templates with those a run learned. */
    @Transactional
    public void replaceTemplates(List<TemplateRow> templates) {
        jdbc.sql("DELETE FROM metadata_template").update();
        Timestamp now = Timestamp.from(Instant.now());
        batch.batchUpdate("""
                INSERT INTO metadata_template (lang, site, shape, kind, articles, example, learned_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", templates, 500, (statement, template) -> {
            statement.setString(1, template.language());
            statement.setString(2, template.site());
            statement.setString(3, cut(template.shape()));
            statement.setString(4, template.kind());
            statement.setInt(5, template.articles());
            statement.setString(6, cut(template.example()));
            statement.setTimestamp(7, now);
        });
    }

    /** The templates the latest run learned, by language, site, most articles first. */
    public List<TemplateRow> templates() {
        return jdbc.sql("SELECT lang, site, shape, kind, articles, example FROM metadata_template "
                        + "ORDER BY lang, site, articles DESC, shape")
                .query((rs, row) -> new TemplateRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getString(6)))
                .list();
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
