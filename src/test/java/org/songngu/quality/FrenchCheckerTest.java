package org.songngu.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrenchCheckerTest {

    private final FrenchChecker checker = SharedChecker.get();

    @Test
    void flagsAWrongAgreementWithItsOffsetsInTheSentence() {
        ArticleCheck result = checker.check(
                List.of("Le Comité provincial du Parti a tenu sa réunion mensuelle.", "Il a mangé des pomme."),
                List.of());

        assertThat(result.isFailed()).isFalse();
        assertThat(result.sentences().get(0).findings()).isEmpty();
        assertThat(result.sentences().get(1).findings()).singleElement().satisfies(finding -> {
            assertThat(finding.sentence()).isEqualTo(1);
            assertThat(finding.ruleId()).isEqualTo("D_N");
            assertThat(finding.category()).isEqualTo("AGREEMENT");
            assertThat(finding.start()).isEqualTo(11);
            assertThat(finding.end()).isEqualTo(20);
            assertThat(finding.suggestions()).contains("des pommes");
        });
        assertThat(result.sentences().get(1).score()).isEqualTo(1 - QualityScore.GRAMMAR_WEIGHT);
        assertThat(result.summary().findingsByCategory()).containsEntry("AGREEMENT", 1);
    }

    @Test
    void flagsAMissingGraveAccentAfterAName() {
        String sentence = "M. Nguyen Tien Thanh est arrivé a Thai Binh hier matin.";

        List<QualityFinding> findings =
                checker.check(List.of(sentence), List.of()).findings();

        assertThat(findings).extracting(QualityFinding::ruleId).containsExactly("A_ACCENT");
        QualityFinding finding = findings.get(0);
        assertThat(sentence.substring(finding.start(), finding.end())).isEqualTo("a");
        assertThat(finding.start()).isEqualTo(32);
    }

    @Test
    void acceptsVietnameseNamesWithAndWithoutDiacritics() {
        ArticleCheck result = checker.check(
                List.of(
                        "M. Nguyễn Tiến Thành, secrétaire du Comité provincial du Parti de Thai Binh, a pris la "
                                + "parole.",
                        "Selon M. Nguyen Tien Thanh, Xuan Bac a visité la province de Nam Dinh.",
                        "Les habitants de la commune de Dong Hung ont accueilli M. Phuoc et le général Vo Nguyen "
                                + "Giap."),
                List.of());

        assertThat(result.findings()).isEmpty();
    }

    @Test
    void acceptsGlossaryTerms() {
        ArticleCheck result = checker.check(
                List.of(
                        "La Mobilisation des masses qualifiée est une priorité du Comité provincial du Parti.",
                        "La mobilisation des masses s'appuie sur la zone écoagricole du district."),
                List.of());

        assertThat(result.findings()).isEmpty();
    }

    @Test
    void acceptsTheNamesOfTheAlignedVersionsOnlyInTheirArticle() {
        String sentence = "Mme Ksor Phuoc a présidé la séance.";

        List<QualityFinding> alone = checker.check(List.of(sentence), List.of()).findings();
        List<QualityFinding> withNames =
                checker.check(List.of(sentence), List.of("Ksor Phước")).findings();
        List<QualityFinding> aloneAgain =
                checker.check(List.of(sentence), List.of()).findings();

        assertThat(alone).extracting(QualityFinding::ruleId).containsExactly("FR_SPELLING_RULE");
        assertThat(alone.get(0).start()).isEqualTo(4);
        assertThat(alone.get(0).end()).isEqualTo(8);
        assertThat(withNames).isEmpty();
        assertThat(aloneAgain).isEqualTo(alone);
    }

    @Test
    void answersRepeatedSentencesFromTheCacheWithTheSameFindings() {
        List<String> article = List.of(
                "Photo d'illustration : les enfants ont mangé des pomme.",
                "Le district a reçu 3 400 tonnes de riz.",
                "Photo d'illustration : les enfants ont mangé des pomme.");

        ArticleCheck first = checker.check(article, List.of());
        ArticleCheck second = checker.check(article, List.of());

        assertThat(first.sentences().get(2).findings())
                .isEqualTo(first.sentences().get(0).findings().stream()
                        .map(finding -> finding.onSentence(2))
                        .toList())
                .isNotEmpty();
        assertThat(second.summary().cachedSentences()).isEqualTo(3);
        assertThat(second.sentences()).isEqualTo(first.sentences());
    }

    @Test
    void checksSentencesThatDifferOnlyInTheirNamesOnceWithEachOnesOffsets() {
        String shortName = "Le camarade Tran Lan a signé les accord de coopération avec la province.";
        String longName = "Le camarade Nguyen Van Giang a signé les accord de coopération avec la province.";
        checker.check(List.of(shortName), List.of());

        ArticleCheck second = checker.check(List.of(longName), List.of());

        assertThat(second.summary().cachedSentences()).isEqualTo(1);
        QualityFinding finding = second.findings().stream()
                .filter(found -> found.ruleId().equals("D_N"))
                .findFirst()
                .orElseThrow();
        assertThat(finding.start()).isEqualTo(longName.indexOf("les accord"));
        assertThat(longName.substring(finding.start(), finding.end())).isEqualTo("les accord");
        assertThat(checker.check(List.of(shortName), List.of()).findings())
                .anySatisfy(found -> assertThat(found.start()).isEqualTo(shortName.indexOf("les accord")));
    }

    @Test
    void findsEverySpanInsideItsSentence() {
        List<String> article = List.of(
                "« Nous devons renforcer la mobilisation des masses », a-t-il déclaré .",
                "Les habitant sont venus nombreux a la cérémonie d'inauguration du pont Nhat Tan,le 4 janvier.",
                "le secrétaire a souligné que les commune devaient achever leurs travaux avant la fin de l'année");

        ArticleCheck result = checker.check(article, List.of());

        assertThat(result.findings())
                .hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(finding -> assertThat(finding.end())
                        .isLessThanOrEqualTo(article.get(finding.sentence()).length()));
        assertThat(result.summary().sentencesWithFindings()).isEqualTo(3);
    }

    @Test
    void treatsABlankSentenceAsClean() {
        ArticleCheck result = checker.check(List.of("  ", "Il a mangé des pomme."), List.of());

        assertThat(result.sentences().get(0).findings()).isEmpty();
        assertThat(result.sentences().get(1).findings()).hasSize(1);
    }
}
