package org.songngu.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchKeyTest {

    @Test
    void foldsAccentsCaseAndPunctuationWithASpaceAtBothEnds() {
        assertThat(SearchKey.of("Thái Bình, 21/12/2023 — Đảng bộ!")).isEqualTo(" thai binh 21 12 2023 dang bo ");
        assertThat(SearchKey.of("«  »")).isEqualTo(" ");
        assertThat(SearchKey.query("  Thái-Bình ")).isEqualTo(" thai binh");
        assertThat(SearchKey.query("?!")).isEmpty();
    }

    @Test
    void aQueryMatchesAtAWordStartAndItsLastWordAsAPrefix() {
        String text = "Le Comité provincial de Thái Bình (mobilisation des masses).";

        assertThat(found(text, "thai binh")).isEqualTo("Thái Bình");
        assertThat(found(text, "MOBILIS")).isEqualTo("mobilis");
        assertThat(found(text, "comite provincial")).isEqualTo("Comité provincial");
        assertThat(found(text, "masses)")).isEqualTo("masses");
        assertThat(SearchKey.find(text, SearchKey.query("hai binh"))).isNull();
        assertThat(SearchKey.find(text, SearchKey.query("provinc de"))).isNull();
    }

    @Test
    void offsetsPointIntoTheOriginalTextAcrossExpandedLetters() {
        String text = "Un cœur, le Œuvre de Thái Bình";

        assertThat(found(text, "oeuvre de thai")).isEqualTo("Œuvre de Thái");
        assertThat(found(text, "binh")).isEqualTo("Bình");
    }

    @Test
    void wordsComeInOrderCutToTheIndexedLength() {
        String longWord = "a".repeat(60);

        assertThat(SearchKey.words(SearchKey.of("dân vận Dân " + longWord)))
                .containsExactly("dan", "van", "dan", "a".repeat(SearchKey.MAX_WORD));
        assertThat(SearchKey.words(SearchKey.of("« »"))).isEmpty();
    }

    private static String found(String text, String query) {
        int[] at = SearchKey.find(text, SearchKey.query(query));
        return at == null ? null : text.substring(at[0], at[1]);
    }
}
