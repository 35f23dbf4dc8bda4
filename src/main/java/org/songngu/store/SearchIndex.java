package org.songngu.store;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.songngu.corpus.SearchKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes what accent-insensitive search reads: each sentence's {@code search_key}
 * ({@link SearchKey}), the distinct words of each article ({@code article_term}) and the distinct
 * pairs of adjacent words of its sentences ({@code article_pair}), which narrow a search to the
 * articles that can hold a hit before any sentence is read: a phrase of common words ("comité du
 * Parti") is in every article word by word, in far fewer pair by pair.
 */
@Repository
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public SearchIndex(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Replaces an article's words and word pairs with those of the given sentence search keys. */
    public void replaceTerms(String articleId, Collection<String> sentenceKeys) {
        replace("article_term", "term", articleId, words(sentenceKeys));
        replacePairs(articleId, sentenceKeys);
    }

    /** The {@code article_term} rows of an article with these sentence search keys: its distinct words. */
    public static Set<String> words(Collection<String> sentenceKeys) {
        Set<String> words = new LinkedHashSet<>();
        sentenceKeys.forEach(key -> words.addAll(SearchKey.words(key)));
        return words;
    }

    /** The {@code article_pair} rows of an article with these sentence search keys: its distinct word pairs. */
    public static Set<String> pairs(Collection<String> sentenceKeys) {
        Set<String> pairs = new LinkedHashSet<>();
        sentenceKeys.forEach(key -> pairs.addAll(SearchKey.pairs(key)));
        return pairs;
    }

    private void replacePairs(String articleId, Collection<String> sentenceKeys) {
        replace("article_pair", "pair", articleId, pairs(sentenceKeys));
    }

    private void replace(String table, String column, String articleId, Set<String> values) {
        jdbc.sql("DELETE FROM " + table + " WHERE article_id = ?")
                .param(articleId)
                .update();
        batch.batchUpdate(
                "INSERT INTO " + table + " (article_id, " + column + ") VALUES (?, ?)",
                List.copyOf(values),
                1000,
                (statement, value) -> {
                    statement.setString(1, articleId);
                    statement.setString(2, value);
                });
    }

    /**
     * Indexes the word pairs of the articles stored before pairs were indexed (they have words and
     * no pair), from their stored search keys, a transaction per article. Returns how many.
     */
    public int indexMissingPairs(TransactionTemplate transactions) {
        List<String> ids = jdbc.sql("""
                SELECT a.id FROM article a WHERE EXISTS (SELECT 1 FROM article_term t WHERE t.article_id = a.id)
                AND NOT EXISTS (SELECT 1 FROM article_pair p WHERE p.article_id = a.id)
                ORDER BY a.id""").query(String.class).list();
        if (!ids.isEmpty()) {
            log.info("indexing the word pairs of {} articles stored by an older version", ids.size());
        }
        for (String id : ids) {
            transactions.executeWithoutResult(status -> replacePairs(
                    id,
                    jdbc.sql("SELECT search_key FROM sentence WHERE article_id = ? AND search_key IS NOT NULL")
                            .param(id)
                            .query(String.class)
                            .list()));
        }
        return ids.size();
    }

    /** Computes the search keys and words of an article stored before search keys existed. */
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
        replaceTerms(articleId, rows.stream().map(row -> (String) row[2]).toList());
    }
}
