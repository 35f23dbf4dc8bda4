package org.songngu.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskedSentenceTest {

    private static final String SENTENCE = "M. Nguyen Van Giang et Mme Lan ont visité Thai Binh.";
    private static final List<Span> NAMES = List.of(new Span(3, 19), new Span(27, 30), new Span(42, 51));

    @Test
    void readsEveryNameAsTheStandIn() {
        MaskedSentence masked = MaskedSentence.of(SENTENCE, NAMES);

        assertThat(masked.text()).isEqualTo("M. Dupont et Mme Dupont ont visité Dupont.");
        assertThat(MaskedSentence.of("Sans nom.", List.of()).text()).isEqualTo("Sans nom.");
    }

    @ParameterizedTest(name = "masked [{0}, {1}) is \"{2}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "0|2|M.",
                "10|12|et",
                "24|34|ont visité",
                "3|9|Nguyen Van Giang",
                "3|12|Nguyen Van Giang et",
                "17|34|Lan ont visité",
                "35|42|Thai Binh.",
            })
    void placesMaskedFindingsOnTheOriginalSentence(int start, int end, String original) {
        MaskedSentence masked = MaskedSentence.of(SENTENCE, NAMES);
        QualityFinding finding = new QualityFinding(0, "RULE", "CAT", "message", start, end, List.of("x"));

        QualityFinding placed = masked.toOriginal(List.of(finding)).get(0);

        assertThat(SENTENCE.substring(placed.start(), placed.end())).isEqualTo(original);
        assertThat(placed.suggestions()).containsExactly("x");
    }

    @ParameterizedTest(name = "masked [{0}, {1}) at the edges is [{2}, {3})")
    @CsvSource({
        "0, 0, 0, 0",
        "0, 6, 0, 9",
        "6, 6, 9, 9",
        "17, 23, 20, 29",
        "23, 23, 29, 29",
        "30, 30, 29, 29",
    })
    void placesEmptyAndEdgeFindingsWithoutFailing(int start, int end, int expectedStart, int expectedEnd) {
        // a name at each end: "Thai Binh a reçu M. Hoang Anh" reads "Dupont a reçu M. Dupont"
        String sentence = "Thai Binh a reçu M. Hoang Anh";
        MaskedSentence masked = MaskedSentence.of(sentence, List.of(new Span(0, 9), new Span(20, 29)));
        QualityFinding finding = new QualityFinding(0, "RULE", "CAT", "message", start, end, List.of());

        QualityFinding placed = masked.toOriginal(List.of(finding)).get(0);

        assertThat(masked.text()).isEqualTo("Dupont a reçu M. Dupont");
        assertThat(List.of(placed.start(), placed.end())).containsExactly(expectedStart, expectedEnd);
    }
}
