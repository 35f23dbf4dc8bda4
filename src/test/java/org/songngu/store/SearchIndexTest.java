package org.songngu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.songngu.corpus.PhraseQuery;
import org.songngu.corpus.SearchKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The word index answers every search as the scan of every sentence's search form did
 * ({@code search_key LIKE '%' || query || '%'}, in article, language and sentence order): accents,
 * đ/Đ, punctuation and case aside, phrases of common words, a word in every article, word starts,
 * words longer than the index keeps, no match; read in batches of any size, from the rarest word
 * or, when every word is common, from every article.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIndexTest {

    private static final int ARTICLES = 30;
    private static final List<String> QUERIES = List.of("of the people", "the people", "OF THE PEO", "people s",
            "Nghệ An", "nghe an", "NGHE", "an", "a", "dang bo", "Đảng", "dang bo dang", "thai binh", "Thái Bình",
            "hai binh", "mobilis", "masses)", "12 2023", "12/2023", "de la de", "la de la de", "de", "d",
            "oeuvre de thai", "xylophone", "kangourou bleu", "?!", "réf. 7", "ref 17", "so 2", "a".repeat(45),
            "a".repeat(41) + "c", "a".repeat(45) + " b", "b " + "a".repeat(41));

    @Autowired
    ArticleStore store;

    @Autowired
    SearchIndex search;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate template;

    @BeforeAll
    void storeArticles() {
        for (int n = 0; n < ARTICLES; n++) {
            String province = n % 3 == 0 ? "Nghệ An" : n % 3 == 1 ? "Thái Bình" : "Nam Định";
            List<SentenceRow> french = new ArrayList<>(List.of(
                    new SentenceRow(0, 0, "Le Comité provincial de " + province + " (mobilisation des masses, réf. " + n + ")."),
                    new SentenceRow(1, 0, "De la de la de " + (n % 2 == 0 ? "la de." : "Đà Nẵng."))));
            List<SentenceRow> vietnamese = List.of(
                    new SentenceRow(0, 0, "Đảng bộ tỉnh " + province + "; ĐẢNG BỘ, đảng-bộ! (số " + n + ")"),
                    new SentenceRow(1, 0, "Nghe an ninh, nghệ  an toàn: 12/2023 — 12-2023."));
            List<SentenceRow> english = new ArrayList<>(List.of(
                    new SentenceRow(0, 0, n % 5 == 0 ? "Of the people, by the people, for the people."
                            : "the people of the people's committee"),
                    new SentenceRow(1, 0, "Un cœur, l'Œuvre de Thái Bình")));
            if (n == 7) {
                english.add(new SentenceRow(2, 0, "a".repeat(45) + " b " + "a".repeat(41) + "c"));
            }
            store.saveSegmented(new ArticleRow(String.format("search-test-%02d", n), "Titre " + n, null, null, "h"),
                    List.of(new VersionContent("fr", 1, french), new VersionContent("vi", 1, vietnamese),
                            new VersionContent("en", 1, english)));
        }
    }

    @AfterAll
    void deleteArticles() {
        jdbc.sql("DELETE FROM article WHERE id LIKE 'search-test-%'").update();
    }

    @Test
    void everyQueryFindsWhatTheScanOfEverySentenceFinds() {
        SearchIndex everyWordCommon = new SearchIndex(jdbc, template, 1);
        for (String query : QUERIES) {
            List<String> scanned = scanned(query);
            assertThat(indexed(search, query, 200)).as(query).isEqualTo(scanned);
            assertThat(indexed(search, query, 3)).as(query + ", 3 rows at a time").isEqualTo(scanned);
            assertThat(indexed(everyWordCommon, query, 4)).as(query + ", every word common").isEqualTo(scanned);
        }
        // The shared test database may hold other tests' articles: these counts are of this test's own.
        assertThat(ownScanned("of the people")).hasSize(ARTICLES);
        assertThat(ownScanned("people of the")).hasSize(ARTICLES - ARTICLES / 5);
        assertThat(ownScanned("xylophone")).isEmpty();
        assertThat(ownScanned("a".repeat(45) + " b")).containsExactly("search-test-07 en 2");
    }

    private List<String> ownScanned(String query) {
        return scanned(query).stream().filter(found -> found.startsWith("search-test-")).toList();
    }

    @Test
    void anArticleStoredAgainIsFoundByItsNewWordsOnly() {
        store.saveSegmented(new ArticleRow("search-test-99", "Titre", null, null, "h"),
                List.of(new VersionContent("fr", 1, List.of(new SentenceRow(0, 0, "Kangourou bleu.")))));
        assertThat(indexed(search, "kangourou bleu", 200)).containsExactly("search-test-99 fr 0");

        store.saveSegmented(new ArticleRow("search-test-99", "Titre", null, null, "h2"),
                List.of(new VersionContent("fr", 1, List.of(new SentenceRow(0, 0, "Un xylophone bleu.")))));

        assertThat(indexed(search, "kangourou", 200)).isEmpty();
        assertThat(indexed(search, "xylophone bleu", 200)).containsExactly("search-test-99 fr 0");
    }

    private static List<String> indexed(SearchIndex index, String query, int rows) {
        SearchIndex.Matches matches = index.matches(PhraseQuery.of(query));
        List<String> found = new ArrayList<>();
        while (!matches.done()) {
            matches.next(rows).forEach(match -> match.sentences().forEach(sentence -> found.add(match.articleId() + " "
                    + sentence.language() + " " + sentence.index())));
        }
        return found;
    }

    // What search always did: every sentence whose search form holds the query's.
    private List<String> scanned(String query) {
        String key = SearchKey.query(query);
        return jdbc.sql("SELECT article_id, lang, idx, content FROM sentence ORDER BY article_id, lang, idx")
                .query((rs, row) -> !key.isEmpty() && SearchKey.of(rs.getString(4)).contains(key)
                        ? rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3) : null)
                .list().stream().filter(java.util.Objects::nonNull).toList();
    }
}
