package org.songngu.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a\u00A0b | a b | no-break space",
                "Camarades\u202F: Nguyen | Camarades : Nguyen | narrow no-break space",
                "a\tb | a b | tab",
                "  a    b  | a b | runs collapsed and trimmed",
                "a\u200Bb\u200Dc\u2060d | abcd | zero-width characters removed",
                "mobili\u00ADsation | mobilisation | soft hyphen removed",
                "\uFEFFTitre | Titre | stray BOM removed",
                "e\u0301te\u0301 | été | NFC composition",
                "l'État et l’État | l'État et l’État | apostrophes left as written",
                "« Dân vận khéo » | « Dân vận khéo » | French guillemets untouched"
            })
    void normalisesFrench(String input, String expected, String why) {
        assertThat(TextNormalizer.normalize(input, Language.FR)).isEqualTo(expected);
    }

    @Test
    void lineBreaksInsideAParagraphBecomeSpaces() {
        assertThat(TextNormalizer.normalize("a\r\nb\nc", Language.FR)).isEqualTo("a b c");
    }

    @Test
    void toneMarksAreMovedOnlyInVietnamese() {
        assertThat(TextNormalizer.normalize("Uỷ ban, hoà", Language.VI)).isEqualTo("Ủy ban, hòa");
        assertThat(TextNormalizer.normalize("Uỷ ban, hoà", Language.FR)).isEqualTo("Uỷ ban, hoà");
    }
}
