package org.songngu.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.songngu.api.Page;
import org.songngu.api.PageRequest;
import org.songngu.corpus.SearchKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Accent-insensitive search at archive scale, reading what the page shows rather than what the
 * archive holds. A sentence is a hit when its {@code search_key} contains the query's search form
 * ({@link SearchKey#query}). The articles that can hold one come from the index that
 * {@code store.SearchIndex} writes: for one word, those with a word it starts ({@code article_term});
 * for two, those with the pair of adjacent words, the last word as typed in part ({@code article_pair});
 * for three or more, those with each triple of adjacent words of the query, the last word again in
 * part ({@code article_triple}). Triples, not pairs, because a phrase of common words has common
 * pairs: "comité du" and "du Parti" are each in thousands of articles where "comité du Parti" is in
 * few, and reading the sentences of every article holding both pairs cost seconds at 20,000 articles.
 * The articles are read in id order, the order of the results, a batch at a time (LIMIT on an index
 * in that order), so that reading stops once the page is filled. For one to three words those
 * articles are exactly the ones with a hit and no sentence is read to find them; for more, each
 * one's sentences are checked (an article can hold every triple of a phrase in other sentences or
 * orders), so that results always equal a scan of every sentence. Totals are counted up to
 * {@link PageRequest#COUNT_LIMIT} within a reading budget; past either, the total is a lower bound
 * ({@code totalExact} false), as search engines report theirs.
 */
@Repository
class ArticleSearch {

    /** A lookup matching more index rows than this is dense: read the articles in order and probe it. */
    static final int DENSE = 2000;
    /**
     * A dense word-start lookup matching at most this many index rows still drives when no exact
     * lookup can: its articles are read once and sorted (a few milliseconds), rather than the
     * archive read a window at a time, which a selective list filter makes walk all of it.
     */
    static final int SORTABLE = 10_000;
    /** Articles a query looks at when every lookup is dense (a window, or a sorted lookup's), at most. */
    static final int WINDOW = 1000;
    /** Windows looked at to count past the page, at most. */
    static final int COUNT_WINDOWS = 4;
    /** Articles whose sentences are read to count hits past the page, at most. */
    static final int BUDGET = 60;

    private static final int CHECK_BATCH = 100;
    private static final int FIRST_HIT_BATCH = 10;
    private static final int HIT_BATCH = 200;

    private final JdbcClient jdbc;
    private final int dense;
    private final int budget;
    private final int window;
    private final int sortable;

    @Autowired
    ArticleSearch(JdbcClient jdbc) {
        this(jdbc, DENSE, BUDGET, WINDOW, SORTABLE);
    }

    /** With other thresholds: tests reach every path with a few articles. */
    ArticleSearch(JdbcClient jdbc, int dense, int budget, int window, int sortable) {
        this.jdbc = jdbc;
        this.dense = dense;
        this.budget = budget;
        this.window = window;
        this.sortable = sortable;
    }

    /** The SQL conditions on the article's summary {@code s} that a list filter adds, with their parameters. */
    record Filter(String where, List<Object> params) {
        static final Filter NONE = new Filter("", List.of());
    }

    /** One index lookup: rows of {@code table} whose {@code column} equals {@code value} or starts with it. */
    record Lookup(String table, String column, String value, boolean prefix) {

        String condition(String alias) {
            return alias + "." + column + (prefix ? " LIKE ?" : " = ?");
        }

        Object param() {
            return prefix ? value + "%" : value;
        }

        String exists(String articleId) {
            return "EXISTS (SELECT 1 FROM " + table + " x WHERE x.article_id = " + articleId + " AND " + condition("x")
                    + ")";
        }
    }

    /**
     * What the index can say of a query's search form: its lookups, and whether the articles that
     * pass them all are exactly those with a hit (one, two or three words, none cut by the index).
     */
    record Plan(String key, List<Lookup> lookups, boolean exact) {

        static Plan of(String key) {
            List<String> words = new ArrayList<>();
            for (String word : key.strip().split(" ")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
            if (words.size() == 1) {
                String word = words.get(0);
                return new Plan(
                        key,
                        List.of(new Lookup("article_term", "term", cut(word), true)),
                        word.length() <= SearchKey.MAX_WORD);
            }
            // Runs of two adjacent words for two, of three for more; the last run's last word as a prefix.
            int run = words.size() == 2 ? 2 : 3;
            String table = run == 2 ? "article_pair" : "article_triple";
            String column = run == 2 ? "pair" : "triple";
            Set<Lookup> lookups = new LinkedHashSet<>();
            for (int i = 0; i + run <= words.size(); i++) {
                List<String> cut =
                        words.subList(i, i + run).stream().map(Plan::cut).toList();
                lookups.add(new Lookup(table, column, String.join(" ", cut), i + run == words.size()));
            }
            // Exact when the run is the whole query and no word but the last (a prefix) reaches the
            // cut: a word of the query cut to MAX_WORD matches a longer indexed word that the phrase
            // does not hold.
            boolean exact = words.size() == run
                    && words.subList(0, run - 1).stream().allMatch(word -> word.length() < SearchKey.MAX_WORD)
                    && words.get(run - 1).length() <= SearchKey.MAX_WORD;
            return new Plan(key, List.copyOf(lookups), exact);
        }

        private static String cut(String word) {
            return word.length() > SearchKey.MAX_WORD ? word.substring(0, SearchKey.MAX_WORD) : word;
        }
    }

    /**
     * The ids of a page of the articles that pass {@code filter} and hold a hit of {@code key}
     * (non-empty, from {@link SearchKey#query}), in id order, with their total.
     */
    Page<String> articles(String key, Filter filter, PageRequest page) {
        Plan plan = Plan.of(key);
        int end = page.offset() + page.size();
        int limit = Math.max(PageRequest.COUNT_LIMIT, end);
        Candidates candidates = new Candidates(plan, filter);
        List<String> matching = new ArrayList<>();
        if (plan.exact()) {
            // Every candidate holds a hit: the page's, then more up to the count limit within the budget.
            matching.addAll(candidates.take(end));
            while (!candidates.done()
                    && matching.size() < limit
                    && (matching.size() <= end || candidates.examined() < window * COUNT_WINDOWS)) {
                matching.addAll(candidates.next(limit - matching.size()));
            }
        } else {
            int read = 0;
            while (!candidates.done()
                    && matching.size() < limit
                    && (matching.size() <= end || (read < budget && candidates.examined() < window * COUNT_WINDOWS))) {
                List<String> batch = candidates.next(CHECK_BATCH);
                read += batch.size();
                matching.addAll(withHit(batch, key));
            }
        }
        boolean exact = candidates.done() && matching.size() < limit;
        List<String> ids = matching.subList(Math.min(matching.size(), page.offset()), Math.min(matching.size(), end));
        return Page.of(ids, page, Math.min(matching.size(), limit), exact);
    }

    /**
     * A page of the sentences holding {@code key} (non-empty), in article, language and sentence
     * order, with their total.
     */
    Page<SearchHit> hits(String key, PageRequest page) {
        Candidates candidates = new Candidates(Plan.of(key), Filter.NONE);
        int end = page.offset() + page.size();
        int limit = Math.max(PageRequest.COUNT_LIMIT, end);
        List<SearchHit> hits = new ArrayList<>();
        int counted = 0;
        int read = 0;
        int batchSize = FIRST_HIT_BATCH;
        while (!candidates.done()
                && counted < limit
                && (counted <= end || (read < budget && candidates.examined() < window * COUNT_WINDOWS))) {
            List<String> batch = candidates.next(batchSize);
            if (batch.isEmpty()) {
                continue;
            }
            batchSize = Math.min(HIT_BATCH, batchSize * 2);
            if (counted >= end) {
                // past the page: only count
                read += batch.size();
                counted += jdbc.sql("SELECT COUNT(*) FROM sentence WHERE article_id IN (" + marks(batch.size())
                                + ") AND search_key LIKE ?")
                        .params(with(batch, like(key)))
                        .query(Integer.class)
                        .single();
                continue;
            }
            List<SearchHit> rows = jdbc.sql("SELECT s.article_id, a.title, s.lang, s.idx, s.content FROM sentence s"
                            + " JOIN article a ON a.id = s.article_id WHERE s.article_id IN (" + marks(batch.size())
                            + ") AND s.search_key LIKE ? ORDER BY s.article_id, s.lang, s.idx")
                    .params(with(batch, like(key)))
                    .query((rs, row) -> new SearchHit(
                            rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), 0, 0))
                    .list();
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
        return Page.of(hits, page, Math.min(counted, limit), candidates.done() && counted < limit);
    }

    /** Those of {@code ids} with a sentence holding {@code key}, in id order. */
    private List<String> withHit(List<String> ids, String key) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT article_id FROM sentence WHERE article_id IN (" + marks(ids.size())
                        + ") AND search_key LIKE ? ORDER BY article_id")
                .params(with(ids, like(key)))
                .query(String.class)
                .list();
    }

    /**
     * The articles that pass a plan's lookups and a filter, read in id order a batch at a time. The
     * rarest lookup drives when it is sparse: its index rows in article order, the other lookups
     * probed per article. When every lookup is dense, an exact one drives, a window of its articles
     * per query ({@link #WINDOW}), so that no query reads the whole archive to find that few articles
     * pass. With only word starts, the rarest drives as a sparse one would while it matches at most
     * {@link #SORTABLE} rows; past that, the articles themselves are read a window at a time, each probed.
     */
    private final class Candidates {

        private final Plan plan;
        private final Filter filter;
        private final Lookup driver;
        private final boolean windowed;
        /** The articles of a dense word-start lookup, sorted, when it drives ({@link #SORTABLE}); else null. */
        private final List<String> listed;

        private final List<Lookup> probes;
        private String after = "";
        private int position;
        private boolean done;
        private int examined;

        Candidates(Plan plan, Filter filter) {
            this.plan = plan;
            this.filter = filter;
            Map<Lookup, Integer> rows = new HashMap<>();
            for (Lookup lookup : plan.lookups()) {
                rows.put(lookup, rows(lookup, dense));
            }
            List<Lookup> rarestFirst = new ArrayList<>(plan.lookups());
            rarestFirst.sort(Comparator.comparing(rows::get));
            int fewest = rows.get(rarestFirst.get(0));
            Lookup exactDriver = rarestFirst.stream()
                    .filter(lookup -> !lookup.prefix())
                    .findFirst()
                    .orElse(null);
            List<String> sorted = null;
            if (fewest <= dense) {
                this.windowed = false;
                this.driver = rarestFirst.get(0);
            } else if (exactDriver == null && rows(rarestFirst.get(0), sortable) <= sortable) {
                // All at once, without a limit: asked for a few articles in order, the database may walk
                // its primary key past millions of rows to find articles that come late in it.
                Lookup rarest = rarestFirst.remove(0);
                sorted = jdbc.sql("SELECT DISTINCT d.article_id FROM " + rarest.table() + " d WHERE "
                                + rarest.condition("d") + " ORDER BY d.article_id")
                        .param(rarest.param())
                        .query(String.class)
                        .list();
                this.windowed = false;
                this.driver = null;
            } else {
                this.windowed = true;
                this.driver = exactDriver;
            }
            this.listed = sorted;
            // The sentences of an inexact plan's candidates are checked anyway: probing the two
            // rarest other lookups narrows as well as probing all of a long phrase's triples.
            rarestFirst.remove(driver);
            this.probes = plan.exact() ? rarestFirst : rarestFirst.subList(0, Math.min(2, rarestFirst.size()));
            this.done = fewest == 0;
        }

        /** How many index rows {@code lookup} matches, counted up to {@code limit + 1}. */
        private int rows(Lookup lookup, int limit) {
            return jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM " + lookup.table() + " d WHERE "
                            + lookup.condition("d") + " LIMIT " + (limit + 1) + ") c")
                    .param(lookup.param())
                    .query(Integer.class)
                    .single();
        }

        boolean done() {
            return done;
        }

        /**
         * Articles looked at through windows or a sorted word-start lookup so far (a measure of the
         * work done when every lookup is dense).
         */
        int examined() {
            return examined;
        }

        /**
         * The next candidates, {@code count} at most, from one query; fewer when the window ended
         * first or none is left ({@link #done}).
         */
        List<String> next(int count) {
            if (done) {
                return List.of();
            }
            String upTo = null;
            List<String> slice = List.of();
            if (listed != null) {
                // the next articles of the sorted lookup, by position: the database's order of ids, not Java's
                slice = listed.subList(position, Math.min(listed.size(), position + window));
                examined += slice.size();
            } else if (windowed) {
                // the window: the next articles of the driver's index (or of the archive), skipping the others
                upTo = (driver == null
                                ? jdbc.sql("SELECT id FROM article WHERE id > ? ORDER BY id LIMIT 1 OFFSET "
                                                + (window - 1))
                                        .param(after)
                                : jdbc.sql("SELECT d.article_id FROM " + driver.table() + " d WHERE "
                                                + driver.condition("d") + " AND d.article_id > ? ORDER BY d.article_id"
                                                + " LIMIT 1 OFFSET " + (window - 1))
                                        .params(driver.param(), after))
                        .query(String.class)
                        .optional()
                        .orElse(null);
                examined += window;
            }
            List<Object> params = new ArrayList<>();
            StringBuilder sql = new StringBuilder();
            String id;
            if (listed != null) {
                id = "a.id";
                sql.append("SELECT a.id FROM article a");
                if (!filter.where().isEmpty()) {
                    sql.append(" LEFT JOIN article_summary s ON s.article_id = a.id");
                }
                sql.append(" WHERE a.id IN (").append(marks(slice.size())).append(")");
                params.addAll(slice);
            } else if (driver == null) {
                id = "a.id";
                sql.append("SELECT a.id FROM article a");
                if (!filter.where().isEmpty()) {
                    sql.append(" LEFT JOIN article_summary s ON s.article_id = a.id");
                }
                sql.append(" WHERE a.id > ?");
                params.add(after);
            } else {
                id = "d.article_id";
                sql.append(driver.prefix() ? "SELECT DISTINCT d.article_id" : "SELECT d.article_id")
                        .append(" FROM ")
                        .append(driver.table())
                        .append(" d");
                if (!filter.where().isEmpty()) {
                    sql.append(" LEFT JOIN article_summary s ON s.article_id = d.article_id");
                }
                sql.append(" WHERE ").append(driver.condition("d")).append(" AND d.article_id > ?");
                params.add(driver.param());
                params.add(after);
            }
            if (upTo != null) {
                sql.append(" AND ").append(id).append(" <= ?");
                params.add(upTo);
            }
            for (Lookup lookup : probes) {
                sql.append(" AND ").append(lookup.exists(id));
                params.add(lookup.param());
            }
            sql.append(filter.where());
            params.addAll(filter.params());
            sql.append(" ORDER BY ").append(id).append(" LIMIT ").append(count);
            List<String> ids =
                    jdbc.sql(sql.toString()).params(params).query(String.class).list();
            if (listed != null) {
                // past the last id returned when the limit cut the slice, else past the slice
                position = !ids.isEmpty() && ids.size() == count
                        ? position + slice.indexOf(ids.get(ids.size() - 1)) + 1
                        : position + slice.size();
                done = position >= listed.size();
            } else if (ids.size() == count) {
                after = ids.get(ids.size() - 1);
            } else if (upTo != null) {
                // the window held fewer: the next query starts after it
                after = upTo;
            } else {
                done = true;
            }
            return ids;
        }

        /** The next {@code count} candidates, fewer only when none is left, whatever the windows. */
        List<String> take(int count) {
            List<String> ids = new ArrayList<>();
            while (ids.size() < count && !done) {
                ids.addAll(next(count - ids.size()));
            }
            return ids;
        }
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
