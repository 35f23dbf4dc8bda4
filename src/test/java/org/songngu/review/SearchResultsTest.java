package org.songngu.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.songngu.api.Page;
import org.songngu.api.PageRequest;
import org.songngu.corpus.SearchKey;
import org.songngu.store.ArticleRow;
import org.songngu.store.ArticleStore;
import org.songngu.store.SentenceRow;
import org.songngu.store.VersionContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Search and the article list with a search, page after page, give what scanning every sentence's
 * search form gave ({@code search_key LIKE '%' || query || '%'}): the same hits in article,
 * language and sentence order, the same articles under every filter, counts capped at
 * {@link PageRequest#COUNT_LIMIT} with the total marked inexact past it.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchResultsTest {

    private static final List<String> QUERIES = List.of("of the people", "the people", "Nghệ An", "nghe an", "dang bo",
            "Đảng bộ tỉnh", "thai binh", "mobilis", "de la de", "de", "people s", "12/2023", "xylophone", "?!");

    @Autowired
    ArticleStore store;

    @Autowired
    ArticlePages pages;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void storeArticles() {
        for (int n = 0; n < 12; n++) {
            String province = n % 3 == 0 ? "Nghệ An" : "Thái Bình";
            store.saveSegmented(new ArticleRow(String.format("results-test-%02d", n), "Titre", null, null, "h"), List.of(
                    new VersionContent("fr", 1, List.of(
                            new SentenceRow(0, 0, "Le Comité de " + province + " (mobilisation des masses)."),
                            new SentenceRow(1, 0, "De la de la de " + n + "."))),
                    new VersionContent("vi", 1, List.of(new SentenceRow(0, 0, "Đảng bộ tỉnh " + province + " ĐẢNG BỘ!"),
                            new SentenceRow(1, 0, "Nghe an ninh, 12-2023."))),
                    new VersionContent("en", 1, List.of(new SentenceRow(0, 0, n % 4 == 0
                            ? "Of the people, by the people." : "the people's committee of the province")))));
        }
        // a word in more sentences than a search counts
        List<SentenceRow> many = new ArrayList<>();
        for (int i = 0; i < PageRequest.COUNT_LIMIT + 20; i++) {
            many.add(new SentenceRow(i, i, "Un mot de plus, numéro " + i + "."));
        }
        store.saveSegmented(new ArticleRow("results-test-many", "Titre", null, null, "h"),
                List.of(new VersionContent("fr", 1, many)));
        // the list's filters read the summaries: make one article done
        jdbc.sql("UPDATE article_summary SET review_state = 'done' WHERE article_id = 'results-test-03'").update();
    }

    @AfterAll
    void deleteArticles() {
        jdbc.sql("DELETE FROM article WHERE id LIKE 'results-test-%'").update();
    }

    @Test
    void everyPageOfHitsIsTheScansInItsOrder() {
        for (String query : QUERIES) {
            List<String> scanned = scanned(query);
            for (int size : List.of(7, 500)) {
                List<String> paged = new ArrayList<>();
                Page<SearchHit> page;
                int number = 1;
                do {
                    page = pages.search(query, new PageRequest(number++, size));
                    page.items().forEach(hit -> {
                        paged.add(hit.articleId() + " " + hit.language() + " " + hit.sentence());
                        assertThat(SearchKey.of(hit.text().substring(hit.start(), hit.end()))).as(query)
                                .startsWith(SearchKey.query(query));
                    });
                    assertThat(page.total()).as(query).isEqualTo(Math.min(scanned.size(), PageRequest.COUNT_LIMIT));
                } while (!page.items().isEmpty() && paged.size() < 100);
                assertThat(paged).as(query + ", pages of " + size).isEqualTo(scanned.subList(0, Math.min(scanned.size(),
                        paged.size() < 100 ? scanned.size() : paged.size())));
            }
        }
    }

    @Test
    void theMatchedWordsAreMarkedAndACommonWordsCountStopsAtTheLimit() {
        Page<SearchHit> hits = pages.search("NGHỆ an", PageRequest.first(50));
        assertThat(hits.items()).isNotEmpty().allSatisfy(hit -> assertThat(SearchKey.of(hit.text().substring(hit.start(),
                hit.end()))).isEqualTo(" nghe an "));

        Page<SearchHit> common = pages.search("mot de plus", PageRequest.first(10));
        assertThat(common.total()).isEqualTo(PageRequest.COUNT_LIMIT);
        assertThat(common.totalExact()).isFalse();
        assertThat(pages.search("numero 1019", PageRequest.first(10)).items()).extracting(SearchHit::sentence)
                .containsExactly(1019);
        assertThat(pages.search("numero 7", PageRequest.first(10)).total()).isEqualTo(1 + 10 + 100);
    }

    @Test
    void theListWithASearchHoldsTheArticlesWithAHitThatPassTheFilters() {
        for (String query : QUERIES) {
            List<String> withHit = scanned(query).stream().map(hit -> hit.substring(0, hit.indexOf(' '))).distinct()
                    .toList();
            assertThat(listed(new ArticleFilter(null, null, null, null, null, query))).as(query).isEqualTo(withHit);
            List<String> done = jdbc.sql("SELECT article_id FROM article_summary WHERE review_state = 'done'")
                    .query(String.class).list();
            assertThat(listed(new ArticleFilter("done", null, null, null, null, query))).as(query + ", done")
                    .isEqualTo(withHit.stream().filter(done::contains).toList());
        }
    }

    private List<String> listed(ArticleFilter filter) {
        List<String> ids = new ArrayList<>();
        Page<ArticleSummary> page;
        int number = 1;
        do {
            page = pages.articles(filter, new PageRequest(number++, 4));
            page.items().forEach(article -> ids.add(article.id()));
        } while (!page.items().isEmpty());
        return ids;
    }

    // What search always did: every sentence whose search form holds the query's.
    private List<String> scanned(String query) {
        String key = SearchKey.query(query);
        return jdbc.sql("SELECT article_id, lang, idx, content FROM sentence ORDER BY article_id, lang, idx")
                .query((rs, row) -> !key.isEmpty() && SearchKey.of(rs.getString(4)).contains(key)
                        ? rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3) : null)
                .list().stream().filter(Objects::nonNull).toList();
    }
}
