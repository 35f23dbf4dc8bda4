package org.songngu.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.songngu.corpus.Language;

/** The missing-term rule agrees with what the page highlights in the target. */
class TermCoverageTest {

    // As in glossary/glossary.csv: "district" is the English of two concepts.
    private static final Term DISTRICT = new Term(
            Map.of(
                    Language.FR,
                    List.of("district", "districts"),
                    Language.VI,
                    List.of("huyện"),
                    Language.EN,
                    List.of("district", "districts")),
            "rural district",
            1);
    private static final Term ARRONDISSEMENT = new Term(
            Map.of(
                    Language.FR,
                    List.of("arrondissement", "arrondissements"),
                    Language.VI,
                    List.of("quận"),
                    Language.EN,
                    List.of("district", "urban district")),
            "urban district",
            2);
    private static final Term COMMITTEE = new Term(
            Map.of(Language.FR, List.of("Comité populaire"), Language.EN, List.of("People's Committee")), "", 3);
    private final TermCoverage coverage = new TermCoverage(new Glossary(List.of(DISTRICT, ARRONDISSEMENT, COMMITTEE)));

    @Test
    void aWordHighlightedAsATermSharingTheExpectedVariantIsTheTranslation() {
        String english = "The Chairman asked the districts to put citizens at the center.";
        assertThat(coverage.find(Language.EN, english))
                .extracting(TermMatch::term)
                .contains(DISTRICT);
        assertThat(coverage.missing(
                        "Il a demandé aux arrondissements de placer le citoyen au centre.", Language.EN, english))
                .as("highlighted as 'district', which is also the English of 'arrondissement'")
                .isEmpty();
    }

    @Test
    void aWordSeveralTermsShareIsHighlightedAsEachOfThem() {
        assertThat(coverage.find(Language.EN, "the People's Committee of District 1"))
                .extracting(TermMatch::term)
                .containsExactly(COMMITTEE, DISTRICT, ARRONDISSEMENT);
        assertThat(coverage.missing(
                        "le Comité populaire du 1er arrondissement",
                        Language.EN,
                        "the People's Committee of District 1"))
                .isEmpty();
        assertThat(coverage.sharingVariants(ARRONDISSEMENT, Language.EN)).containsExactly(DISTRICT);
        assertThat(coverage.sharingVariants(ARRONDISSEMENT, Language.VI)).isEmpty();
    }

    @Test
    void aTermInsideALongerHighlightedTermIsPresent() {
        Term work = new Term(
                Map.of(
                        Language.FR,
                        List.of("travail de mobilisation citoyenne"),
                        Language.VI,
                        List.of("công tác dân vận")),
                "",
                4);
        Term mobilisation = new Term(
                Map.of(Language.FR, List.of("mobilisation citoyenne"), Language.VI, List.of("dân vận")), "", 5);
        TermCoverage both = new TermCoverage(new Glossary(List.of(work, mobilisation)));
        String vietnamese = "Công tác dân vận chính quyền được triển khai.";
        assertThat(both.find(Language.VI, vietnamese))
                .extracting(TermMatch::term)
                .containsExactly(work);
        assertThat(both.findAll(Language.VI, vietnamese))
                .extracting(TermMatch::term)
                .containsExactly(work, mobilisation);
        assertThat(both.missing("La mobilisation citoyenne menée par le gouvernement.", Language.VI, vietnamese))
                .isEmpty();
    }

    @Test
    void aTranslationWithoutAnyVariantIsStillMissing() {
        assertThat(coverage.missing(
                        "Il a demandé aux arrondissements et au Comité populaire.", Language.EN, "He asked the wards."))
                .extracting(TermCoverage.Missing::term)
                .containsExactly(ARRONDISSEMENT, COMMITTEE);
        assertThat(coverage.missing("Il a demandé aux arrondissements.", Language.VI, "các huyện"))
                .as("in Vietnamese the two concepts have different words")
                .extracting(TermCoverage.Missing::term)
                .containsExactly(ARRONDISSEMENT);
    }
}
