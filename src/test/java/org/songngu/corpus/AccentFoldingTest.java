package org.songngu.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccentFoldingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Nguyễn Tiến Thành, nguyen tien thanh",
        "Đảng, dang",
        "Thái Bình, thai binh",
        "cœur, coeur",
        "l’État, l'etat",
        "THỦY, thuy"
    })
    void foldsToAComparisonKey(String input, String expected) {
        assertThat(AccentFolding.fold(input)).isEqualTo(expected);
    }

    @Test
    void offsetsPointBackToTheOriginal() {
        AccentFolding.Folded folded = AccentFolding.foldWithOffsets("Đức cœur");
        assertThat(folded.text()).isEqualTo("duc coeur");
        int oe = folded.text().indexOf("oe");
        assertThat(folded.originalStart(oe)).isEqualTo(5);
        assertThat(folded.originalStart(oe + 1)).isEqualTo(5);
        assertThat(folded.originalEnd(folded.text().length() - 1)).isEqualTo("Đức cœur".length());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "abc",
                "ABC",
                "Nguyễn Tiến Thành",
                "Đức cœur",
                "l’élite",
                "Æsir",
                "ß",
                "İstanbul",
                "mixed ASCII then é",
                "é first",
                "日本語",
                "\u0301alone",
                "Ǆemal",
                "ﬁnale"
            })
    void foldWithoutOffsetsIsTheFoldedTextOfTheOffsetVersion(String input) {
        assertThat(AccentFolding.fold(input))
                .isEqualTo(AccentFolding.foldWithOffsets(input).text());
        // twice: the second time from the cache of folded characters
        assertThat(AccentFolding.fold(input))
                .isEqualTo(AccentFolding.foldWithOffsets(input).text());
    }
}
