package org.songngu.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.api.Page;
import org.songngu.api.PageRequest;
import org.songngu.corpus.AccentFolding;
import org.songngu.corpus.LanguagePair;
import org.songngu.corpus.SearchKey;
import org.songngu.search.ArticleTextIndex;
import org.songngu.store.ArticleRow;
import org.songngu.store.ArticleStore;
import org.songngu.store.ArticleSummaries;
import org.songngu.store.BeadRow;
import org.songngu.store.SearchIndex;
import org.songngu.store.SentenceRow;
import org.songngu.store.VersionContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Search results equal a scan of every stored sentence ({@code SearchKey.of(sentence)} holding the
 * query's form), page by page and in order, whichever way the index is read: a list filter searched
 * within or checked per batch, batches of one match or many, the budget for counting generous or
 * tiny (a lower bound, never a wrong page). The articles are made of a few common words so that
 * words, pairs, triples and phrases are in all, many or few of them; a few more hold every pair or
 * every triple of a phrase and not the phrase (across two sentences, or in other orders), or a long
 * word that the index cuts like another. And the index follows the database: changed articles,
 * an index built for another database, a folder in use, a database failing while indexing. H2 here;
 * the PostgreSQL subclass runs the same.
 */
@SpringBootTest
@ActiveProfiles("test")
class SearchResultsTest {

    private static final String PREFIX = "srch-";
    private static final List<String> FRENCH = List.of(
            "le",
            "comité",
            "du",
            "Parti",
            "de",
            "la",
            "province",
            "Thái",
            "Bình",
            "a",
            "siégé",
            "réunion",
            "d'État",
            "12/2023",
            "masses");
    private static final List<String> VIETNAMESE =
            List.of("Nghệ", "An", "Đảng", "bộ", "tỉnh", "Thái", "Bình", "của", "đồng", "chí", "nhân", "dân");
    private static final String LONG_WORD = "anticonstitutionnellementextraordinairement"; // 43 letters

    @Autowired
    ArticleStore store;

    @Autowired
    ArticleSummaries summaries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ReviewQueries queries;

    @Autowired
    SearchIndexing indexing;

    @Autowired
    SearchIndex feed;

    @TempDir
    Path folder;

    private final List<String> phrases = new ArrayList<>();

    @BeforeEach
    void storeArticles() {
        Random random = new Random(15);
        for (int n = 0; n < 36; n++) {
            String id = PREFIX + (char) ('a' + n % 6) + n;
            List<SentenceRow> french = new ArrayList<>();
            List<SentenceRow> vietnamese = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(6); i++) {
                french.add(new SentenceRow(i, 0, sentence(random, FRENCH, n), null));
                vietnamese.add(new SentenceRow(i, 0, sentence(random, VIETNAMESE, n), null));
            }
            if (n % 7 == 0) {
                french.add(new SentenceRow(french.size(), 0, "Le " + LONG_WORD + " du Parti (réf. " + n + ").", null));
            }
            store.saveSegmented(
                    new ArticleRow(id, "Titre " + n, null, null, "h" + n),
                    List.of(new VersionContent("fr", 1, french), new VersionContent("vi", 1, vietnamese)));
            if (n % 3 == 0) {
                store.saveBeads(
                        id,
                        LanguagePair.FR_VI,
                        List.of(new BeadRow(
                                0,
                                0,
                                1,
                                0,
                                1,
                                french.get(0).text(),
                                vietnamese.get(0).text(),
                                0.5)));
                store.markAligned(id);
            }
            for (SentenceRow row : french) {
                phrases.add(row.text());
            }
            for (SentenceRow row : vietnamese) {
                phrases.add(row.text());
            }
        }
        // Articles holding every pair or every triple of a phrase and not the phrase: across two
        // sentences, or one triple in each; and a long word sharing LONG_WORD's first 40 letters.
        store(
                "x-pairs",
                "Le comité du.",
                "Du Parti de la province.",
                "De la province a siégé.",
                "La province Thái Bình.");
        store("x-triples", "Réunion du comité de la.", "Province Thái Bình du Parti.");
        store("x-long", "Le " + LONG_WORD.substring(0, 40) + "ment du Parti.", "Le comité de la province Thái.");
        // Other tests of this JVM delete their articles with SQL, which the feed does not see.
        indexing.rebuild();
    }

    private void store(String name, String... french) {
        List<SentenceRow> rows = new ArrayList<>();
        for (String text : french) {
            rows.add(new SentenceRow(rows.size(), 0, text, null));
            phrases.add(text);
        }
        store.saveSegmented(
                new ArticleRow(PREFIX + name, "Titre " + name, null, null, "h" + name),
                List.of(new VersionContent("fr", 1, rows)));
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM article WHERE id LIKE '" + PREFIX + "%'").update();
    }

    private static String sentence(Random random, List<String> words, int n) {
        StringBuilder text = new StringBuilder();
        int length = 3 + random.nextInt(9);
        for (int i = 0; i < length; i++) {
            // Skewed towards the first words: some pairs are everywhere, some phrases rare.
            String word = words.get(Math.min(random.nextInt(words.size()), random.nextInt(words.size())));
            text.append(i == 0 ? "" : random.nextInt(8) == 0 ? ", " : " ").append(word);
        }
        return text.append(n % 5 == 0 ? " (réf. " + n + ")." : ".").toString();
    }

    @Test
    void searchPagesAndArticleListsEqualAScanOfEverySentence() {
        List<String> tried = queries(new Random(4));
        List<ReviewQueries> ways = List.of(
                queries,
                new ReviewQueries(jdbc, new ArticleSearch(jdbc, indexing, 0, 1, 0)),
                new ReviewQueries(jdbc, new ArticleSearch(jdbc, indexing, 0, 3, 2)),
                new ReviewQueries(jdbc, new ArticleSearch(jdbc, indexing, 3, 2, 0)),
                new ReviewQueries(jdbc, new ArticleSearch(jdbc, indexing, 1_000_000, 2, 1_000_000)),
                new ReviewQueries(jdbc, new ArticleSearch(jdbc, indexing, 1_000_000, 1_000_000, 1_000_000)));
        List<SearchHit> all = queries.allSentences();
        for (String query : tried) {
            String key = SearchKey.query(query);
            List<String> scan = all.stream()
                    .filter(hit -> !key.isEmpty() && SearchKey.of(hit.text()).contains(key))
                    .map(SearchKeyed::of)
                    .map(Object::toString)
                    .toList();
            List<String> articles = new ArrayList<>(new LinkedHashSet<>(scan.stream()
                    .map(line -> line.substring(0, line.indexOf('|')))
                    .toList()));
            List<String> todo = todo();
            List<String> todoArticles = articles.stream().filter(todo::contains).toList();
            for (ReviewQueries way : ways) {
                for (PageRequest request : List.of(
                        new PageRequest(1, 3), new PageRequest(2, 3), new PageRequest(4, 3), PageRequest.first(50))) {
                    int page = request.page();
                    int size = request.size();
                    Page<SearchHit> hits = way.search(query, request);
                    assertThat(hits.items().stream()
                                    .map(SearchKeyed::of)
                                    .map(Object::toString)
                                    .toList())
                            .as("hits of %s, page %d of %d", query, page, size)
                            .isEqualTo(slice(scan, request));
                    hits.items()
                            .forEach(hit -> assertThat(SearchKey.of(hit.text().substring(hit.start(), hit.end()))
                                            .strip())
                                    .as("the marked words of %s", query)
                                    .startsWith(key.strip()));
                    checkTotal(hits, scan.size(), request, query);
                    Page<ArticleSummary> list = way.articles(filter(query, null), request);
                    assertThat(list.items().stream().map(ArticleSummary::id).toList())
                            .as("articles with %s, page %d of %d", query, page, size)
                            .isEqualTo(slice(articles, request));
                    checkTotal(list, articles.size(), request, query);
                    Page<ArticleSummary> filtered = way.articles(filter(query, "todo"), request);
                    assertThat(filtered.items().stream().map(ArticleSummary::id).toList())
                            .as("articles to do with %s, page %d of %d", query, page, size)
                            .isEqualTo(slice(todoArticles, request));
                    checkTotal(filtered, todoArticles.size(), request, query);
                }
            }
        }
    }

    @Test
    void aChangedArticleIsFoundByItsNewWordsAtTheNextSearchAndTheFeedIsEmptiedOnceIndexed() {
        assertThat(found("xylophone")).isEmpty();
        store("x-pairs", "Le xylophone du Parti.");
        assertThat(queued()).isEqualTo(1);
        assertThat(found("xylophone du")).containsExactly(PREFIX + "x-pairs|fr|0|Le xylophone du Parti.");
        assertThat(found("Le comité du")).doesNotContain(PREFIX + "x-pairs|fr|0|Le comité du.");
        assertThat(queued()).isZero();
    }

    @Test
    void anIndexBuiltForAnotherDatabaseIsBuiltAgainAndOneForThisDatabaseIsKept() {
        List<String> expected = found("comité du Parti");
        SearchIndexing first = new SearchIndexing(feed, folder.toString());
        assertThat(new ArticleSearch(jdbc, first)
                        .articles(SearchKey.query("comité du Parti"), ArticleSearch.Filter.NONE, PageRequest.first(500))
                        .total())
                .isEqualTo(expected.stream()
                        .map(hit -> hit.substring(0, hit.indexOf('|')))
                        .distinct()
                        .count());
        first.destroy();
        String identity = feed.databaseIdentity();
        for (String built : List.of(identity, "another database")) {
            try (ArticleTextIndex index = ArticleTextIndex.open(folder)) {
                index.replace(PREFIX + "ghost", List.of(" le xylophone "));
                index.commit(built);
            }
            SearchIndexing reopened = new SearchIndexing(feed, folder.toString());
            try {
                Page<String> ghost = new ArticleSearch(jdbc, reopened)
                        .articles(SearchKey.query("xylophone"), ArticleSearch.Filter.NONE, PageRequest.first(10));
                // kept as it was when built for this database; built again (and the ghost gone) when not
                assertThat(ghost.items())
                        .as(built)
                        .isEqualTo(built.equals(identity) ? List.of(PREFIX + "ghost") : List.of());
            } finally {
                reopened.destroy();
            }
        }
    }

    @Test
    void aFolderInUseByAnotherProcessIsRefusedWithItsName() {
        SearchIndexing first = new SearchIndexing(feed, folder.toString());
        try {
            first.catchUp();
            SearchIndexing second = new SearchIndexing(feed, folder.toString());
            assertThatThrownBy(second::catchUp)
                    .hasMessage("the search index " + folder + " is in use by another Songngu process");
        } finally {
            first.destroy();
        }
    }

    @Test
    void whenTheDatabaseFailsWhileIndexingTheFeedKeepsItsRowsAndTheNextSearchIndexesThem() {
        store("x-pairs", "Le xylophone du Parti.");
        SearchIndex failing = new SearchIndex(jdbc, new JdbcTemplate(dataSource)) {
            @Override
            public Map<String, List<String>> keys(List<String> articleIds) {
                throw new DataAccessResourceFailureException("connection lost");
            }
        };
        assertThatThrownBy(() -> new SearchIndexing(failing, "").catchUp()).hasMessageContaining("connection lost");
        assertThat(queued()).isEqualTo(1);
        assertThat(found("xylophone")).containsExactly(PREFIX + "x-pairs|fr|0|Le xylophone du Parti.");
        assertThat(queued()).isZero();
    }

    private int queued() {
        return jdbc.sql("SELECT COUNT(*) FROM search_feed WHERE article_id LIKE '" + PREFIX + "%'")
                .query(Integer.class)
                .single();
    }

    private List<String> found(String query) {
        return queries.search(query, new PageRequest(1, 500)).items().stream()
                .map(SearchKeyed::of)
                .map(Object::toString)
                .toList();
    }

    /** A lower bound only when counting stopped; never below what the page shows, and a next page when there is one. */
    private static void checkTotal(Page<?> page, int expected, PageRequest request, String query) {
        if (page.totalExact()) {
            assertThat(page.total()).as("exact total of %s", query).isEqualTo(expected);
        } else {
            assertThat(page.total())
                    .as("lower bound of %s", query)
                    .isLessThanOrEqualTo(expected)
                    .isGreaterThanOrEqualTo(Math.min(expected, request.offset() + request.size() + 1L));
        }
        assertThat(page.hasNext()).as("next page of %s", query).isEqualTo(expected > request.offset() + request.size());
    }

    private List<String> todo() {
        return jdbc.sql("SELECT article_id FROM article_summary WHERE review_state = 'todo'")
                .query(String.class)
                .list();
    }

    private static ArticleFilter filter(String query, String review) {
        return new ArticleFilter(review, null, null, null, null, query);
    }

    private static <T> List<T> slice(List<T> list, PageRequest request) {
        return list.subList(
                Math.min(list.size(), request.offset()), Math.min(list.size(), request.offset() + request.size()));
    }

    /** Queries: windows of stored sentences (whole, cut in a word, accents removed) and fixed hard ones. */
    private List<String> queries(Random random) {
        Set<String> queries = new LinkedHashSet<>(List.of(
                "comité du Parti",
                "de",
                "d",
                "du Parti de la",
                "la de",
                "de la de la",
                "Nghe An",
                "Thai Binh cua",
                "đảng",
                "dang bo tinh",
                "12-2023",
                "réf. 1",
                "ref 35",
                LONG_WORD,
                LONG_WORD.substring(0, 40),
                LONG_WORD + " du",
                "le " + LONG_WORD.substring(0, 41),
                "le " + LONG_WORD.substring(0, 40) + " du",
                "le " + LONG_WORD + " du Parti",
                LONG_WORD.substring(0, 40) + " du Part",
                "comité du Parti de",
                "comité du Par",
                "du Parti de la province",
                "de la province Thái",
                "de la province Thai Binh",
                "de la provin",
                "la province Thái Bình du Parti",
                "xylophone",
                "comité xylophone",
                "?!"));
        for (int i = 0; i < 24; i++) {
            String[] words = phrases.get(random.nextInt(phrases.size())).split(" ");
            int from = random.nextInt(words.length);
            int to = Math.min(words.length, from + 1 + random.nextInt(4));
            String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, from, to));
            switch (i % 3) {
                case 0 -> queries.add(phrase);
                case 1 -> queries.add(AccentFolding.fold(phrase).toUpperCase(java.util.Locale.ROOT));
                default -> queries.add(phrase.substring(0, Math.max(1, phrase.length() - 2)));
            }
        }
        return List.copyOf(queries);
    }

    /** A hit as compared: article, language, index and text. */
    private record SearchKeyed(String articleId, String language, int index, String sentence) {

        static SearchKeyed of(SearchHit hit) {
            return new SearchKeyed(hit.articleId(), hit.language(), hit.sentence(), hit.text());
        }

        @Override
        public String toString() {
            return articleId + "|" + language + "|" + index + "|" + sentence;
        }
    }
}
