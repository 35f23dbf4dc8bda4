package org.songngu.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.songngu.api.Page;
import org.songngu.api.PageRequest;
import org.songngu.corpus.SearchKey;
import org.songngu.search.ArticleTextIndex;
import org.songngu.search.SearchPhrase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Accent-insensitive search at archive scale, reading what the page shows rather than what the
 * archive holds. A sentence is a hit when its {@code search_key} contains the query's search form
 * ({@link SearchKey#query}). The articles that hold one come from the search index ({@link
 * ArticleTextIndex}: each article's words with their positions), in id order, a batch at a time, so
 * that reading stops once the page is filled; the sentences shown are then read from the database
 * with the same {@code LIKE} that defines a hit. When the index can only narrow (a word cut at the
 * indexed length, a last word starting too many words), each candidate's sentences decide. A list
 * filter that passes few articles is given to the index as the set to search in; one that passes
 * many is checked on each batch of matches. Totals are exact when the index alone answers;
 * otherwise they are counted within a reading budget, a lower bound past it ({@code totalExact}
 * false), as search engines report theirs.
 */
@Repository
class ArticleSearch {

    /** A filter passing at most this many articles is searched within; past it, matches are checked against it. */
    static final int SELECTIVE = 5000;
    /** Matches read from the index per query. */
    static final int BATCH = 500;
    /** Batches of matches read past the page to count them, at most. */
    static final int COUNT_BATCHES = 4;
    /** Articles whose sentences are read to count hits past the page, at most. */
    static final int BUDGET = 60;

    private static final int FIRST_HIT_BATCH = 10;
    private static final int HIT_BATCH = 200;

    private final JdbcClient jdbc;
    private final SearchIndexing indexing;
    private final int selective;
    private final int batch;
    private final int budget;

    @Autowired
    ArticleSearch(JdbcClient jdbc, SearchIndexing indexing) {
        this(jdbc, indexing, SELECTIVE, BATCH, BUDGET);
    }

    /** With other thresholds: tests reach every path with a few articles. */
    ArticleSearch(JdbcClient jdbc, SearchIndexing indexing, int selective, int batch, int budget) {
        this.jdbc = jdbc;
        this.indexing = indexing;
        this.selective = selective;
        this.batch = batch;
        this.budget = budget;
    }

    /** The SQL conditions on the article's summary {@code s} that a list filter adds, with their parameters. */
    record Filter(String where, List<Object> params) {
        static final Filter NONE = new Filter("", List.of());
    }

    /**
     * The ids of a page of the articles that pass {@code filter} and hold a hit of {@code key}
     * (non-empty, from {@link SearchKey#query}), in id order, with their total.
     */
    Page<String> articles(String key, Filter filter, PageRequest page) {
        SearchPhrase phrase = SearchPhrase.of(key);
        SearchIndexing.Current current = indexing.current();
        ArticleTextIndex index = current.index();
        boolean behind = current.behind();
        int end = page.offset() + page.size();
        Set<String> within = null;
        boolean checkFilter = false;
        if (!filter.where().isEmpty()) {
            List<String> passing = passing(filter, selective + 1);
            if (passing.size() <= selective) {
                within = new HashSet<>(passing);
            } else {
                checkFilter = true;
            }
        }
        int limit = Math.max(PageRequest.COUNT_LIMIT, end);
        if (!checkFilter) {
            ArticleTextIndex.Matches first = index.find(phrase, "", end, within, limit);
            if (first.exact()) {
                // The index alone answers: the page, and the total up to the count limit.
                List<String> ids = first.ids();
                return Page.of(
                        ids.subList(Math.min(ids.size(), page.offset()), ids.size()),
                        page,
                        first.total(),
                        first.totalExact() && !behind);
            }
        }
        List<String> matching = new ArrayList<>();
        String after = "";
        boolean done = false;
        int batchesPast = 0;
        int read = 0;
        while (matching.size() < limit) {
            ArticleTextIndex.Matches matches = index.find(phrase, after, batch, within, batch);
            List<String> ids = matches.ids();
            if (ids.isEmpty()) {
                done = true;
                break;
            }
            after = ids.get(ids.size() - 1);
            if (checkFilter) {
                ids = passing(ids, filter);
            }
            if (!matches.exact()) {
                read += ids.size();
                ids = withHit(ids, key);
            }
            matching.addAll(ids);
            if (matches.ids().size() < batch) {
                done = true;
                break;
            }
            if (matching.size() > end && (++batchesPast >= COUNT_BATCHES || read >= budget + end)) {
                break;
            }
        }
        boolean exact = done && matching.size() < limit && !behind;
        List<String> ids = matching.subList(Math.min(matching.size(), page.offset()), Math.min(matching.size(), end));
        return Page.of(ids, page, Math.min(matching.size(), limit), exact);
    }

    /**
     * A page of the sentences holding {@code key} (non-empty), in article, language and sentence
     * order, with their total.
     */
    Page<SearchHit> hits(String key, PageRequest page) {
        SearchPhrase phrase = SearchPhrase.of(key);
        SearchIndexing.Current current = indexing.current();
        ArticleTextIndex index = current.index();
        boolean behind = current.behind();
        int end = page.offset() + page.size();
        int limit = Math.max(PageRequest.COUNT_LIMIT, end);
        List<SearchHit> hits = new ArrayList<>();
        int counted = 0;
        int read = 0;
        int batchSize = FIRST_HIT_BATCH;
        String after = "";
        boolean done = false;
        while (counted < limit && (counted <= end || read < budget)) {
            List<String> ids =
                    index.find(phrase, after, batchSize, null, batchSize).ids();
            if (ids.isEmpty()) {
                done = true;
                break;
            }
            after = ids.get(ids.size() - 1);
            batchSize = Math.min(HIT_BATCH, batchSize * 2);
            if (counted >= end) {
                // past the page: only count
                read += ids.size();
                counted += jdbc.sql("SELECT COUNT(*) FROM sentence WHERE article_id IN (" + marks(ids.size())
                                + ") AND search_key LIKE ?")
                        .params(with(ids, like(key)))
                        .query(Integer.class)
                        .single();
                continue;
            }
            List<SearchHit> rows = jdbc.sql("SELECT s.article_id, a.title, s.lang, s.idx, s.content FROM sentence s"
                            + " JOIN article a ON a.id = s.article_id WHERE s.article_id IN (" + marks(ids.size())
                            + ") AND s.search_key LIKE ?")
                    .params(with(ids, like(key)))
                    .query((rs, row) -> new SearchHit(
                            rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), 0, 0))
                    .list();
            // the index's order of articles (that of its matches), then language and sentence
            Map<String, Integer> order = new HashMap<>();
            ids.forEach(id -> order.put(id, order.size()));
            rows = new ArrayList<>(rows);
            rows.sort(Comparator.comparing((SearchHit row) -> order.get(row.articleId()))
                    .thenComparing(SearchHit::language)
                    .thenComparingInt(SearchHit::sentence));
            for (SearchHit row : rows) {
                if (counted >= page.offset() && counted < end) {
                    int[] at = SearchKey.find(row.text(), key);
                    hits.add(new SearchHit(
                            row.articleId(),
                            row.articleTitle(),
                            row.language(),
                            row.sentence(),
                            row.text(),
                            at == null ? 0 : at[0],
                            at == null ? 0 : at[1]));
                }
                counted++;
            }
        }
        return Page.of(hits, page, Math.min(counted, limit), done && counted < limit && !behind);
    }

    /** The ids of the articles passing {@code filter}, {@code limit} at most. */
    private List<String> passing(Filter filter, int limit) {
        return jdbc.sql("SELECT a.id FROM article a LEFT JOIN article_summary s ON s.article_id = a.id WHERE 1 = 1"
                        + filter.where() + " LIMIT " + limit)
                .params(filter.params())
                .query(String.class)
                .list();
    }

    /** Those of {@code ids} that pass {@code filter}, in the order given. */
    private List<String> passing(List<String> ids, Filter filter) {
        List<Object> params = new ArrayList<>(ids);
        params.addAll(filter.params());
        Set<String> passing = new HashSet<>(jdbc.sql("SELECT a.id FROM article a LEFT JOIN article_summary s"
                        + " ON s.article_id = a.id WHERE a.id IN (" + marks(ids.size()) + ")" + filter.where())
                .params(params)
                .query(String.class)
                .list());
        return ids.stream().filter(passing::contains).toList();
    }

    /** Those of {@code ids} with a sentence holding {@code key}, in the order given. */
    private List<String> withHit(List<String> ids, String key) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<String> holding = new HashSet<>(jdbc.sql("SELECT DISTINCT article_id FROM sentence WHERE article_id IN ("
                        + marks(ids.size()) + ") AND search_key LIKE ?")
                .params(with(ids, like(key)))
                .query(String.class)
                .list());
        return ids.stream().filter(holding::contains).toList();
    }

    private static String like(String key) {
        return "%" + key + "%";
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static List<Object> with(List<?> params, Object... more) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(List.of(more));
        return all;
    }
}
