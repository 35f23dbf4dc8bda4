package org.songngu.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Possible boundaries: the aligner takes or leaves them by the translation, priced by the splitter's prior. */
class PossibleBoundaryTest {

    private static final double[][] SHAPES = {{0, 0.01, 0}, {0.01, 0.8, 0.1}, {0, 0.1, 0.05}};

    private static final List<String> SOURCE = List.of(
            "The province held its conference on 12 March 2024.",
            "The delegates came from Thai Binh and Hung Yen.",
            "Mr. Nguyen works in Washington D.C.",
            "Ms. Pelosi met him on 5 May with 40 delegates.",
            "The budget rose to 1,500 billion dong.",
            "The meeting ended at 11 a.m.");

    @Test
    void aBeadAcrossAPossibleBoundaryIsPricedAsOneSentencePlusTheChanceItWasNone() {
        BeadShapeScorer plain = new BeadShapeScorer(SHAPES);
        BeadShapeScorer possible = new BeadShapeScorer(SHAPES, Map.of(2, 0.2), 4, Map.of(), 4);

        // leaving the boundary: the 2-1 bead costs as a 1-1 bead and −ln(1 − 0.2)
        assertThat(possible.cost(1, 2, 1, 1)).isCloseTo(plain.cost(1, 1, 1, 1) - Math.log(0.8), within(1e-12));
        // taking it: the bead that starts there pays −ln 0.2
        assertThat(possible.cost(2, 1, 2, 1)).isCloseTo(plain.cost(2, 1, 2, 1) - Math.log(0.2), within(1e-12));
        // a certain boundary inside a bead is a merge, as before
        assertThat(possible.cost(0, 2, 0, 1)).isEqualTo(plain.cost(0, 2, 0, 1));
        assertThat(possible.cost(0, 1, 0, 1)).isEqualTo(plain.cost(0, 1, 0, 1));
    }

    @Test
    void takesAPossibleBoundaryWhereTheTranslationHasTwoSentences() {
        List<String> target = List.of(
                "La province a tenu sa conférence le 12 mars 2024.",
                "Les délégués venaient de Thai Binh et de Hung Yen.",
                "M. Nguyen travaille à Washington D.C.",
                "Mme Pelosi l'a rencontré le 5 mai avec 40 délégués.",
                "Le budget a atteint 1 500 milliards de dongs.",
                "La réunion s'est terminée à 11 h.");
        DocumentPair document = new DocumentPair("taken", SOURCE, target, Map.of(3, 0.2), Map.of());

        Alignment alignment = new Aligner(AlignerSettings.defaults(), List.of())
                .alignAll(List.of(document))
                .get(0);

        assertThat(alignment.beads())
                .extracting(Bead::source, Bead::target)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(List.of(2), List.of(2)),
                        org.assertj.core.groups.Tuple.tuple(List.of(3), List.of(3)));
        assertThat(BoundaryChoices.of(document, alignment)).isEqualTo(new BoundaryChoices(1, 0));
    }

    @Test
    void leavesAPossibleBoundaryWhereTheTranslationHasOneSentence() {
        List<String> target = List.of(
                "La province a tenu sa conférence le 12 mars 2024.",
                "Les délégués venaient de Thai Binh et de Hung Yen.",
                "M. Nguyen, qui travaille à Washington D.C., a été reçu le 5 mai par Mme Pelosi avec 40 délégués.",
                "Le budget a atteint 1 500 milliards de dongs.",
                "La réunion s'est terminée à 11 h.");
        DocumentPair document = new DocumentPair("left", SOURCE, target, Map.of(3, 0.67), Map.of());

        Alignment alignment = new Aligner(AlignerSettings.defaults(), List.of())
                .alignAll(List.of(document))
                .get(0);

        assertThat(alignment.beads())
                .extracting(Bead::source, Bead::target)
                .contains(org.assertj.core.groups.Tuple.tuple(List.of(2, 3), List.of(2)));
        assertThat(BoundaryChoices.of(document, alignment)).isEqualTo(new BoundaryChoices(0, 1));
    }

    @Test
    void aDocumentWithoutPossibleBoundariesIsAlignedExactlyAsBefore() {
        List<String> target = List.of("Một.", "Hai ba bốn năm sáu.", "Bảy.", "Tám chín.", "Mười.", "Mười một.");
        Aligner aligner = new Aligner(AlignerSettings.defaults(), List.of());
        assertThat(aligner.alignAll(List.of(new DocumentPair("a", SOURCE, target, Map.of(), Map.of()))))
                .isEqualTo(aligner.alignAll(List.of(new DocumentPair("a", SOURCE, target))));
    }

    @Test
    void rejectsAPossibleBoundaryOutsideTheDocumentOrWithoutAPrior() {
        List<String> two = List.of("A.", "B.");
        assertThatThrownBy(() -> new DocumentPair("d", two, two, Map.of(0, 0.5), Map.of()))
                .hasMessage("document d: possible source boundary 0 is not between two of its 2 sentences");
        assertThatThrownBy(() -> new DocumentPair("d", two, two, Map.of(), Map.of(2, 0.5)))
                .hasMessage("document d: possible target boundary 2 is not between two of its 2 sentences");
        assertThatThrownBy(() -> new DocumentPair("d", two, two, Map.of(1, 1.0), Map.of()))
                .hasMessage("document d: possible source boundary 1 has prior 1.0, not in (0,1)");
        assertThatThrownBy(() -> new DocumentPair("d", two, two, Map.of(1, Double.NaN), Map.of()))
                .hasMessage("document d: possible source boundary 1 has prior NaN, not in (0,1)");
    }

    @Test
    void countsHowManyPossibleBoundariesAnAlignmentTookAndLeft() {
        DocumentPair document = new DocumentPair(
                "c", List.of("A.", "B.", "C.", "D."), List.of("a.", "b."), Map.of(1, 0.5, 3, 0.5), Map.of(1, 0.5));
        Alignment alignment =
                new Alignment(List.of(Bead.of(0, 2, 0, 1, 0.9), Bead.of(2, 1, 1, 1, 0.9), Bead.of(3, 1, 2, 0, 0.9)));
        // source 1 left (inside the first bead), source 3 taken, target 1 taken
        assertThat(BoundaryChoices.of(document, alignment)).isEqualTo(new BoundaryChoices(2, 1));
    }
}
