package org.songngu.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.songngu.corpus.SearchKey;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The database's side of search: each sentence's {@code search_key} ({@link SearchKey}), which the
 * final check of every hit reads, and the feed of articles whose sentences changed
 * ({@code search_feed}), which the review's search index ({@code review.SearchIndexing}) reads
 * to keep its words and positions current. Queuing an article costs one row in the writer's own
 * transaction, whatever the article's length: the job pays nothing for the search index.
 * The one owner of {@code search_feed} and {@code search_index_state}.
 */
@Repository
public class SearchIndex {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public SearchIndex(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Records that the sentences of {@code articleId} changed (or that it was removed): search indexes it again. */
    public void queue(String articleId) {
        jdbc.sql("INSERT INTO search_feed (article_id) VALUES (?)")
                .param(articleId)
                .update();
    }

    /** Queues every stored article: for an index built anew. */
    public void queueAll() {
        jdbc.sql("INSERT INTO search_feed (article_id) SELECT id FROM article ORDER BY id")
                .update();
    }

    /** One row of the feed. */
    public record Queued(long id, String articleId) {}

    /** The oldest {@code limit} rows of the feed, in the order they were queued. */
    public List<Queued> queued(int limit) {
        return jdbc.sql("SELECT id, article_id FROM search_feed ORDER BY id LIMIT " + limit)
                .query((rs, row) -> new Queued(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** Removes rows read by {@link #queued} once their articles are indexed; rows queued since stay. */
    public void indexed(List<Queued> rows) {
        batch.batchUpdate(
                "DELETE FROM search_feed WHERE id = ?", rows, 500, (statement, row) -> statement.setLong(1, row.id()));
    }

    /**
     * The search keys of each of {@code articleIds} that exists, in its sentence order (language,
     * then index): what the search index holds of it. An article missing from the map is gone.
     */
    public Map<String, List<String>> keys(List<String> articleIds) {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        if (articleIds.isEmpty()) {
            return keys;
        }
        String marks = String.join(", ", Collections.nCopies(articleIds.size(), "?"));
        jdbc.sql("SELECT id FROM article WHERE id IN (" + marks + ")")
                .params(articleIds)
                .query(String.class)
                .list()
                .forEach(id -> keys.put(id, new ArrayList<>()));
        jdbc.sql("SELECT article_id, search_key FROM sentence WHERE article_id IN (" + marks
                        + ") AND search_key IS NOT NULL ORDER BY article_id, lang, idx")
                .params(articleIds)
                .query(rs -> {
                    List<String> article = keys.get(rs.getString(1));
                    if (article != null) {
                        article.add(rs.getString(2));
                    }
                });
        return keys;
    }

    /**
     * This database's identity for its search index, made at the first call: an index committed
     * for another identity was built from another database.
     */
    public String databaseIdentity() {
        List<String> known = jdbc.sql("SELECT database FROM search_index_state WHERE id = 1")
                .query(String.class)
                .list();
        if (!known.isEmpty()) {
            return known.get(0);
        }
        String made = UUID.randomUUID().toString();
        try {
            jdbc.sql("INSERT INTO search_index_state (id, database) VALUES (1, ?)")
                    .param(made)
                    .update();
            return made;
        } catch (DuplicateKeyException raced) {
            // another process made it first
            return jdbc.sql("SELECT database FROM search_index_state WHERE id = 1")
                    .query(String.class)
                    .single();
        }
    }

    /** Computes the search keys of an article stored before search keys existed, and queues it. */
    public void reindex(String articleId) {
        List<Object[]> rows = jdbc.sql("SELECT lang, idx, content FROM sentence WHERE article_id = ?")
                .param(articleId)
                .query((rs, row) -> new Object[] {rs.getString(1), rs.getInt(2), SearchKey.of(rs.getString(3))})
                .list();
        batch.batchUpdate(
                "UPDATE sentence SET search_key = ? WHERE article_id = ? AND lang = ? AND idx = ?",
                rows,
                500,
                (statement, row) -> {
                    statement.setString(1, (String) row[2]);
                    statement.setString(2, articleId);
                    statement.setString(3, (String) row[0]);
                    statement.setInt(4, (Integer) row[1]);
                });
        queue(articleId);
    }
}
