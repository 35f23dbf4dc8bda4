package org.songngu.store;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
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
 * pairs and triples of adjacent words of its sentences ({@code article_pair}, {@code article_triple}),
 * which narrow a search to the articles that can hold a hit before any sentence is read: a phrase of
 * common words ("comité du Parti") is in every article word by word, in fewer pair by pair, and in
 * fewer still triple by triple when its pairs are common ("comité du", "du Parti") and it is not.
 */
@Repository
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    /** Articles between two log lines of a backfill: 20,000 take minutes. */
    private static final int PROGRESS = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public SearchIndex(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Replaces an article's words, word pairs and word triples with those of the given sentence search keys. */
    public void replaceTerms(String articleId, Collection<String> sentenceKeys) {
        replace("article_term", "term", articleId, words(sentenceKeys));
        replacePairs(articleId, sentenceKeys);
        replaceTriples(articleId, sentenceKeys);
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

    /** The {@code article_triple} rows of an article with these sentence search keys: its distinct word triples. */
    public static Set<String> triples(Collection<String> sentenceKeys) {
        Set<String> triples = new LinkedHashSet<>();
        sentenceKeys.forEach(key -> triples.addAll(SearchKey.triples(key)));
        return triples;
    }

    private void replacePairs(String articleId, Collection<String> sentenceKeys) {
        replace("article_pair", "pair", articleId, pairs(sentenceKeys));
    }

    private void replaceTriples(String articleId, Collection<String> sentenceKeys) {
        replace("article_triple", "triple", articleId, triples(sentenceKeys));
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
     * Indexes the word pairs of the articles stored before pairs were indexed (V105): those with no
     * pair and a sentence of two words or more (a search key with 3 spaces), from their stored search
     * keys, a transaction per article. Returns how many. One query when none is missing: the
     * sentences are read only for articles without a pair, which have none to index once indexed.
     */
    public int indexMissingPairs(TransactionTemplate transactions) {
        return indexMissing(transactions, "article_pair", "word pairs", "% % % %", this::replacePairs);
    }

    /**
     * Indexes the word triples of the articles stored before triples were indexed (V106): those with
     * no triple and a sentence of three words or more (a search key with 4 spaces), as {@link
     * #indexMissingPairs} does pairs. Returns how many.
     */
    public int indexMissingTriples(TransactionTemplate transactions) {
        return indexMissing(transactions, "article_triple", "word triples", "% % % % %", this::replaceTriples);
    }

    private int indexMissing(
            TransactionTemplate transactions,
            String table,
            String what,
            String spaces, // LIKE pattern: a search key holding this many spaces or more
            BiConsumer<String, Collection<String>> replace) {
        // A search key is " w1 w2 ... wn ": n + 1 single spaces. An article all of whose sentences
        // are too short has no row to index and is not selected again at the next start.
        List<String> ids = jdbc.sql("SELECT a.id FROM article a WHERE NOT EXISTS (SELECT 1 FROM " + table
                        + " x WHERE x.article_id = a.id) AND EXISTS (SELECT 1 FROM sentence s"
                        + " WHERE s.article_id = a.id AND s.search_key LIKE ?) ORDER BY a.id")
                .param(spaces)
                .query(String.class)
                .list();
        if (ids.isEmpty()) {
            return 0;
        }
        log.info("indexing the {} of {} articles stored by an older version", what, ids.size());
        long started = System.nanoTime();
        int done = 0;
        for (String id : ids) {
            transactions.executeWithoutResult(status -> replace.accept(
                    id,
                    jdbc.sql("SELECT search_key FROM sentence WHERE article_id = ? AND search_key IS NOT NULL")
                            .param(id)
                            .query(String.class)
                            .list()));
            if (++done % PROGRESS == 0 && done < ids.size()) {
                log.info("indexed the {} of {} of {} articles", what, done, ids.size());
            }
        }
        log.info(
                "indexed the {} of {} articles in {} s",
                what,
                ids.size(),
                (System.nanoTime() - started) / 1_000_000_000);
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
