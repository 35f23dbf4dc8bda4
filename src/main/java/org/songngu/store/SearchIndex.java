package org.songngu.store;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.songngu.corpus.SearchKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes what accent-insensitive search reads: each sentence's {@code search_key}
 * ({@link SearchKey}) and the distinct words of each article ({@code article_term}), which
 * narrow a search to the articles that can hold a hit before any sentence is read.
 */
@Repository
public class SearchIndex {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public SearchIndex(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Replaces an article's words with those of the given sentence search keys. */
    public void replaceTerms(String articleId, Collection<String> sentenceKeys) {
        Set<String> words = new LinkedHashSet<>();
        sentenceKeys.forEach(key -> words.addAll(SearchKey.words(key)));
        jdbc.sql("DELETE FROM article_term WHERE article_id = ?")
                .param(articleId)
                .update();
        batch.batchUpdate(
                "INSERT INTO article_term (article_id, term) VALUES (?, ?)",
                List.copyOf(words),
                1000,
                (statement, word) -> {
                    statement.setString(1, articleId);
                    statement.setString(2, word);
                });
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
