package org.songngu.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.songngu.corpus.PhraseQuery;
import org.songngu.corpus.SearchKey;
import org.songngu.corpus.WordPlaces;
import org.songngu.corpus.WordPlaces.KeyedSentence;
import org.songngu.corpus.WordPlaces.SentenceRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one owner of what accent-insensitive search reads: each sentence's {@code search_key}
 * ({@link SearchKey}) and the word index {@code search_word}, per article and folded word its
 * places ({@link WordPlaces}). {@link #matches} answers a {@link PhraseQuery} from the index: it
 * reads, in article id order, the articles holding the query's rarest word, and decides from the
 * places of the other words which of their sentences hold the phrase; no sentence is read unless
 * a query word is longer than the index keeps.
 */
@Repository
public class SearchIndex {

    /** Rows counted to find a query's rarest word: a word past it is as common as any other. */
    static final int RARE = 10_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final int rare;

    @org.springframework.beans.factory.annotation.Autowired
    public SearchIndex(JdbcClient jdbc, JdbcTemplate batch) {
        this(jdbc, batch, RARE);
    }

    SearchIndex(JdbcClient jdbc, JdbcTemplate batch, int rare) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.rare = rare;
    }

    /** Replaces an article's words and their places with those of its sentences' search keys. */
    public void replaceWords(String articleId, List<KeyedSentence> sentences) {
        jdbc.sql("DELETE FROM search_word WHERE article_id = ?").param(articleId).update();
        List<Object[]> rows = new ArrayList<>();
        WordPlaces.of(sentences).forEach((word, parts) -> {
            for (int part = 0; part < parts.size(); part++) {
                rows.add(new Object[] {articleId, word, part, parts.get(part)});
            }
        });
        batch.batchUpdate("INSERT INTO search_word (article_id, term, part, places) VALUES (?, ?, ?, ?)", rows);
        jdbc.sql("UPDATE article_summary SET words_indexed = TRUE WHERE article_id = ? AND NOT words_indexed")
                .param(articleId).update();
    }

    /** Computes the search keys, words and places of an article again from its stored sentences. */
    public void reindex(String articleId) {
        List<KeyedSentence> sentences = jdbc.sql("SELECT lang, idx, content FROM sentence WHERE article_id = ?")
                .param(articleId)
                .query((rs, row) -> new KeyedSentence(rs.getString(1), rs.getInt(2), SearchKey.of(rs.getString(3))))
                .list();
        batch.batchUpdate("UPDATE sentence SET search_key = ? WHERE article_id = ? AND lang = ? AND idx = ?", sentences,
                500, (statement, sentence) -> {
                    statement.setString(1, sentence.key());
                    statement.setString(2, articleId);
                    statement.setString(3, sentence.language());
                    statement.setInt(4, sentence.index());
                });
        replaceWords(articleId, sentences);
    }

    /**
     * Indexes the words of an article stored before the index kept places: its search keys are
     * already stored, so only the words are computed.
     */
    public void indexWords(String articleId) {
        replaceWords(articleId, jdbc.sql("SELECT lang, idx, search_key, content FROM sentence WHERE article_id = ?")
                .param(articleId)
                .query((rs, row) -> new KeyedSentence(rs.getString(1), rs.getInt(2),
                        rs.getString(3) != null ? rs.getString(3) : SearchKey.of(rs.getString(4))))
                .list());
    }

    /** One article's sentences that hold a query, in language and index order. */
    public record ArticleMatch(String articleId, SortedSet<SentenceRef> sentences) {
    }

    /** A query's matches read a batch of articles at a time, in article id order. */
    public final class Matches {

        private final PhraseQuery query;
        private final PhraseQuery.Lookup rarest;
        private String after;
        private boolean done;

        // rarest: the lookup whose articles are read, or null to read every article
        private Matches(PhraseQuery query, PhraseQuery.Lookup rarest, boolean none) {
            this.query = query;
            this.rarest = rarest;
            this.done = none;
        }

        /** Whether every article that can match was read. */
        public boolean done() {
            return done;
        }

        /**
         * The matches among the next {@code rows} index rows of the rarest word (about as many
         * articles; none once {@link #done}); the articles without a match are left out.
         */
        public List<ArticleMatch> next(int rows) {
            if (done) {
                return List.of();
            }
            List<String> read = candidates(rows);
            if (read.size() < rows) {
                done = true;
            }
            if (read.isEmpty()) {
                return List.of();
            }
            after = read.get(read.size() - 1);
            return matchesIn(query, List.copyOf(new LinkedHashSet<>(read)));
        }

        // The rarest word's next articles, in id order. An exact word's come in order from the
        // (term, article_id) index; a word start's are its words' articles sorted, at most RARE
        // rows since that count made it the rarest; when every word of the query is commoner than
        // that (a single short word start: "de"), every article is a candidate, in id order.
        private List<String> candidates(int rows) {
            List<Object> params = new ArrayList<>();
            StringBuilder sql = new StringBuilder();
            if (rarest == null) {
                sql.append("SELECT id FROM article WHERE 1 = 1");
                if (after != null) {
                    sql.append(" AND id > ?");
                    params.add(after);
                }
                sql.append(" ORDER BY id LIMIT ?");
            } else {
                sql.append("SELECT article_id FROM search_word WHERE term ").append(rarest.prefix() ? "LIKE ?" : "= ?");
                params.add(rarest.prefix() ? rarest.term() + "%" : rarest.term());
                if (after != null) {
                    sql.append(" AND article_id > ?");
                    params.add(after);
                }
                sql.append(" ORDER BY article_id LIMIT ?");
            }
            params.add(rows);
            return jdbc.sql(sql.toString()).params(params).query(String.class).list();
        }
    }

    /** The matches of {@code query}, to read in article id order ({@link Matches#next}). */
    public Matches matches(PhraseQuery query) {
        if (query.isEmpty()) {
            return new Matches(query, null, true);
        }
        // Exact words first: at equal counts (both past RARE) an exact word's articles come from
        // the index in order, a word start's would be sorted.
        List<PhraseQuery.Lookup> lookups = new ArrayList<>(query.lookups());
        lookups.sort(java.util.Comparator.comparing(PhraseQuery.Lookup::prefix));
        PhraseQuery.Lookup rarest = null;
        long fewest = Long.MAX_VALUE;
        for (PhraseQuery.Lookup lookup : lookups) {
            long rows = rows(lookup, (int) Math.min(rare, fewest));
            if (rows == 0) {
                return new Matches(query, null, true);
            }
            if (rows < fewest) {
                fewest = rows;
                rarest = lookup;
            }
        }
        return new Matches(query, rarest.prefix() && fewest > rare ? null : rarest, false);
    }

    // How many index rows a lookup has, counted up to a bound: the count that ranks it, never a
    // scan of a common word's whole list.
    private long rows(PhraseQuery.Lookup lookup, int bound) {
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM search_word WHERE term "
                + (lookup.prefix() ? "LIKE ?" : "= ?") + " LIMIT ?) w")
                .params(lookup.prefix() ? lookup.term() + "%" : lookup.term(), bound + 1)
                .query(Long.class).single();
    }

    private List<ArticleMatch> matchesIn(PhraseQuery query, List<String> articles) {
        String marks = String.join(", ", Collections.nCopies(articles.size(), "?"));
        Map<PhraseQuery.Lookup, Map<String, Map<SentenceRef, TreeSet<Integer>>>> places = new HashMap<>();
        for (PhraseQuery.Lookup lookup : query.lookups()) {
            Map<String, Map<SentenceRef, TreeSet<Integer>>> byArticle = new HashMap<>();
            List<Object> params = new ArrayList<>(articles);
            params.add(lookup.prefix() ? lookup.term() + "%" : lookup.term());
            // An exact word: one lookup per article on (term, article_id), written as a join so that H2
            // takes it (with "article_id IN (...) AND term = ?" it reads every row of a common word);
            // a word start: the article's range of words on the primary key.
            jdbc.sql(lookup.prefix()
                    ? "SELECT article_id, places FROM search_word WHERE article_id IN (" + marks + ") AND term LIKE ?"
                    : "SELECT w.article_id, w.places FROM (VALUES " + String.join(", ", Collections.nCopies(articles.size(),
                            "(?)")) + ") c(id) JOIN search_word w ON w.article_id = c.id AND w.term = ?")
                    .params(params)
                    .query(rs -> {
                        WordPlaces.parse(rs.getString(2), byArticle.computeIfAbsent(rs.getString(1), a -> new HashMap<>()));
                    });
            places.put(lookup, byArticle);
        }
        Map<String, SortedSet<SentenceRef>> found = new LinkedHashMap<>();
        for (String article : articles) {
            SortedSet<SentenceRef> sentences = query.matches(lookup -> places.get(lookup).get(article));
            if (!sentences.isEmpty()) {
                found.put(article, sentences);
            }
        }
        if (!query.exact()) {
            checkOnTheText(query, found);
        }
        List<ArticleMatch> matches = new ArrayList<>();
        found.forEach((article, sentences) -> {
            if (!sentences.isEmpty()) {
                matches.add(new ArticleMatch(article, sentences));
            }
        });
        return matches;
    }

    // A query word longer than the index keeps: the places found the sentences holding its start,
    // the text decides.
    private void checkOnTheText(PhraseQuery query, Map<String, SortedSet<SentenceRef>> found) {
        for (Map.Entry<String, SortedSet<SentenceRef>> article : found.entrySet()) {
            article.getValue().removeIf(ref -> {
                String text = jdbc.sql("SELECT content FROM sentence WHERE article_id = ? AND lang = ? AND idx = ?")
                        .params(article.getKey(), ref.language(), ref.index()).query(String.class).optional().orElse("");
                return SearchKey.find(text, query.key()) == null;
            });
        }
    }
}
