package org.songngu.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.songngu.corpus.SearchKey;

class ArticleTextIndexTest {

    private final ArticleTextIndex index = ArticleTextIndex.inMemory();

    @AfterEach
    void close() {
        index.close();
    }

    private void store(String id, String... sentences) {
        index.replace(id, List.of(sentences).stream().map(SearchKey::of).toList());
    }

    private ArticleTextIndex.Matches find(String query) {
        return index.find(SearchPhrase.of(SearchKey.query(query)), "", 100, null, 100);
    }

    @Test
    void aPhraseIsFoundInOneSentenceWordByWordTheLastWordAsTypedInPart() {
        store("b", "Le comité du Parti a siégé.");
        store("a", "Le comité.", "Du Parti de la province.");
        store("c", "Parti du comité.");
        index.commit("db");
        assertThat(find("comité du Parti").ids()).containsExactly("b");
        assertThat(find("comite du par").ids()).containsExactly("b");
        assertThat(find("COMITÉ").ids()).containsExactly("a", "b", "c");
        assertThat(find("comité du Parti").exact()).isTrue();
        // across a sentence end: "comité. Du Parti" is not a phrase
        assertThat(find("le comite du").ids()).containsExactly("b");
        assertThat(find("xylophone du").ids()).isEmpty();
    }

    @Test
    void matchesComeInIdOrderAfterTheGivenIdAndWithinTheGivenSet() {
        for (String id : List.of("d", "b", "e", "a", "c")) {
            store(id, "Nhân dân " + id + ".");
        }
        index.commit("db");
        SearchPhrase phrase = SearchPhrase.of(SearchKey.query("nhan dan"));
        assertThat(index.find(phrase, "", 2, null, 2).ids()).containsExactly("a", "b");
        assertThat(index.find(phrase, "b", 2, null, 2).ids()).containsExactly("c", "d");
        ArticleTextIndex.Matches within = index.find(phrase, "", 10, Set.of("e", "b", "z"), 10);
        assertThat(within.ids()).containsExactly("b", "e");
        assertThat(within.total()).isEqualTo(2);
        assertThat(within.totalExact()).isTrue();
        ArticleTextIndex.Matches counted = index.find(phrase, "", 1, null, 5);
        assertThat(counted.total()).isEqualTo(5);
        assertThat(counted.totalExact()).isTrue();
        // counting stops at what was asked: a lower bound past it
        ArticleTextIndex.Matches bounded = index.find(phrase, "", 1, null, 3);
        assertThat(bounded.total()).isBetween(3L, 5L);
        assertThat(bounded.totalExact()).isFalse();
    }

    @Test
    void aReplacedArticleIsFoundByItsNewWordsAndARemovedOneNotAtAllOnceCommitted() {
        store("a", "Thái Bình.");
        index.commit("db");
        store("a", "Nghệ An.");
        assertThat(find("thai binh").ids()).as("before the commit").containsExactly("a");
        index.commit("db");
        assertThat(find("thai binh").ids()).isEmpty();
        assertThat(find("nghe an").ids()).containsExactly("a");
        index.replace("a", List.of());
        index.commit("db");
        assertThat(find("nghe").ids()).isEmpty();
        assertThat(index.database()).isEqualTo("db");
    }

    @Test
    void aWordCutByTheIndexOnlyNarrowsTheSearch() {
        String word = "a".repeat(SearchKey.MAX_WORD);
        store("a", "Le " + word + "x du Parti.");
        index.commit("db");
        ArticleTextIndex.Matches cut = find("le " + word + " du");
        assertThat(cut.ids()).containsExactly("a");
        assertThat(cut.exact()).isFalse();
        assertThat(find("le " + word.substring(1)).exact()).isTrue();
    }

    @Test
    void aLastWordStartingTooManyWordsIsAskedApartAndOnlyNarrows() {
        store("a", "le " + numberedWords(SearchPhrase.MAX_EXPANSIONS + 1));
        store("b", "le x", "w1");
        index.commit("db");
        ArticleTextIndex.Matches many = find("le w");
        assertThat(many.exact()).isFalse();
        assertThat(many.ids()).containsExactly("a", "b");
        assertThat(find("le w0").exact()).isTrue();
        assertThat(find("le w0").ids()).containsExactly("a");
    }

    @Test
    void aLastWordStartingAsManyWordsAsAllowedIsStillAnExactPhrase() {
        store("a", "le comite du " + numberedWords(SearchPhrase.MAX_EXPANSIONS));
        store("b", "le comite", "du w1");
        index.commit("db");
        ArticleTextIndex.Matches all = find("le comite du w");
        assertThat(all.exact()).isTrue();
        assertThat(all.ids()).containsExactly("a");
    }

    /** "w0 w1 ... w(count−1)": words that all start with "w". */
    private static String numberedWords(int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add("w" + i);
        }
        return String.join(" ", words);
    }
}
