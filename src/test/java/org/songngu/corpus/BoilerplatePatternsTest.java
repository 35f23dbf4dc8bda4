package org.songngu.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoilerplatePatternsTest {

    private final BoilerplatePatterns patterns = BoilerplatePatterns.standard();

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "FR | Vietnam.vn - Nền tảng quảng bá Việt Nam | DROP",
                "FR | Footer Banner Agribank | DROP",
                "FR | Comment (0) | TAIL",
                "FR | Commentaire (3) | TAIL",
                "VI | Bình luận (12) | TAIL",
                "FR | Laissez un commentaire pour partager vos ressentis ! | TAIL",
                "VI | Hãy để lại bình luận để chia sẻ cảm nhận của bạn! | TAIL",
                "EN | Leave a comment to share your feelings! | TAIL",
                "FR | Même sujet | TAIL",
                "VI | Cùng chủ đề | TAIL",
                "EN | Same topic | TAIL",
                "EN | Related | TAIL",
                "FR | Source | TAIL_BYLINE",
                "VI | Nguồn | TAIL_BYLINE"
            })
    void recognisesChrome(Language language, String paragraph, BoilerplatePatterns.Kind kind) {
        assertThat(patterns.match(language, paragraph))
                .map(BoilerplatePatterns.Rule::kind)
                .contains(kind);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "FR | Améliorer la qualité et l'efficacité des travaux de mobilisation de masse",
                "FR | Délégués participant à la conférence.",
                "FR | Le matin du 21 décembre, le Comité permanent provincial du Parti a tenu une conférence.",
                "VI | Sáng 21/12, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2023.",
                "EN | Related work continued in 2024.",
                "EN | The source of the river is in the mountains.",
                "FR | Fleur de pêche"
            })
    void leavesArticleTextAlone(Language language, String paragraph) {
        assertThat(patterns.match(language, paragraph)).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "drop | test.txt:2: expected KIND REGEX",
                "keep  x+ | test.txt:2: unknown kind 'keep' (expected drop, tail or tail-byline)",
                "drop  (open | test.txt:2: bad regex: Unclosed group"
            })
    void badPatternLineIsReportedWithItsLine(String line, String message) {
        assertThatThrownBy(() -> BoilerplatePatterns.parse("test.txt", "# comment\n" + line + "\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(message);
    }

    @Test
    void commentsAndBlankLinesAreSkipped() {
        assertThat(BoilerplatePatterns.parse("t", "# c\n\n  tail   x\n"))
                .singleElement()
                .extracting(BoilerplatePatterns.Rule::kind)
                .isEqualTo(BoilerplatePatterns.Kind.TAIL);
    }
}
