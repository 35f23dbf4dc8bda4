package org.songngu.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.songngu.corpus.Language;

class GlossaryMatcherTest {

    private static final Term PROVINCE = term("Comité provincial du Parti", "Tỉnh ủy", "Provincial Party Committee");
    private static final Term STANDING = new Term(
            Map.of(
                    Language.FR, List.of("Comité permanent du Comité provincial du Parti"),
                    Language.VI, List.of("Ban Thường vụ Tỉnh ủy")),
            "",
            2);
    private static final Term MASSES = new Term(
            Map.of(
                    Language.FR, List.of("mobilisation des masses", "mobilisation de masse"),
                    Language.VI, List.of("dân vận")),
            "",
            3);
    private static final Term THAI_BINH = new Term(Map.of(Language.VI, List.of("Thái Bình")), "", 4);
    private static final Glossary GLOSSARY = new Glossary(List.of(PROVINCE, STANDING, MASSES, THAI_BINH));

    private final GlossaryMatcher french = new GlossaryMatcher(GLOSSARY, Language.FR);
    private final GlossaryMatcher vietnamese = new GlossaryMatcher(GLOSSARY, Language.VI);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Le Comité provincial du Parti a décidé.|3|29",
                "le comite provincial du parti|3|29",
                "La mobilisation des masses reste prioritaire.|3|26",
                "La mobilisation de masse, toujours.|3|24",
            })
    void findsAFrenchTermWithItsOffsets(String text, int start, int end) {
        List<TermMatch> matches = french.find(text);

        assertThat(matches).hasSize(1);
        assertThat(matches.get(0).start()).isEqualTo(start);
        assertThat(matches.get(0).end()).isEqualTo(end);
    }

    @Test
    void takesTheLongestOfOverlappingTerms() {
        String text = "Le Comité permanent du Comité provincial du Parti s'est réuni.";

        List<TermMatch> matches = french.find(text);

        assertThat(matches).extracting(TermMatch::term).containsExactly(STANDING);
        assertThat(text.substring(matches.get(0).start(), matches.get(0).end()))
                .isEqualTo("Comité permanent du Comité provincial du Parti");
    }

    @Test
    void vietnameseIsMatchedWithoutItsAccents() {
        String text = "Tinh uy Thai Binh chỉ đạo công tác dân vận.";

        List<TermMatch> matches = vietnamese.find(text);

        assertThat(matches)
                .extracting(match -> text.substring(match.start(), match.end()))
                .containsExactly("Tinh uy", "Thai Binh", "dân vận");
    }

    @Test
    void offsetsPointAtTheOriginalTextEvenWhenItIsDecomposed() {
        String text = Normalizer.normalize("Ở Thái Bình.", Normalizer.Form.NFD);

        TermMatch match = vietnamese.find(text).get(0);

        assertThat(Normalizer.normalize(text.substring(match.start(), match.end()), Normalizer.Form.NFC))
                .isEqualTo("Thái Bình");
    }

    @Test
    void aTermInsideALongerWordIsNotAMatch() {
        assertThat(vietnamese.find("Thái Bìnhxyz")).isEmpty();
        assertThat(french.find("antimobilisation des masses")).isEmpty();
    }

    @Test
    void spacesOfAnyKindMatchASpace() {
        assertThat(french.find("le Comité\u00a0provincial du Parti")).hasSize(1);
    }

    @Test
    void tellsWhetherATextMentionsATermInItsLanguage() {
        assertThat(vietnamese.mentions("Ban Dân vận Tỉnh ủy", PROVINCE)).isTrue();
        assertThat(vietnamese.mentions("Ban Thường vụ Tỉnh ủy", PROVINCE)).isFalse();
        assertThat(vietnamese.mentions("Ban Thường vụ Tỉnh ủy", STANDING)).isTrue();
    }

    @Test
    void anEmptyGlossaryFindsNothing() {
        assertThat(new GlossaryMatcher(Glossary.empty(), Language.FR).find("Comité provincial du Parti"))
                .isEmpty();
    }

    private static Term term(String fr, String vi, String en) {
        return new Term(Map.of(Language.FR, List.of(fr), Language.VI, List.of(vi), Language.EN, List.of(en)), "", 1);
    }
}
