package org.songngu.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.songngu.corpus.Language;

/** Hard cases of French news text: each row is a paragraph and the sentences it must give. */
class FrenchSentenceSplitterTest {

    private static final SentenceSplitter SPLITTER = SentenceSplitter.forLanguage(Language.FR);

    static Stream<Arguments> hardCases() {
        return Stream.of(
                // Guillemets, full stop inside (with spaces, no-break spaces, or none) or outside.
                row(
                        "Il a déclaré : « Nous continuerons. » Puis il est parti.",
                        "Il a déclaré : « Nous continuerons. »",
                        "Puis il est parti."),
                row(
                        "Il a déclaré\u00A0: «\u00A0Nous continuerons.\u00A0» Puis il est parti.",
                        "Il a déclaré\u00A0: «\u00A0Nous continuerons.\u00A0»",
                        "Puis il est parti."),
                row(
                        "Il a déclaré\u202F: «\u202FNous continuerons.\u202F» Puis il est parti.",
                        "Il a déclaré\u202F: «\u202FNous continuerons.\u202F»",
                        "Puis il est parti."),
                row(
                        "Il a déclaré : «Nous continuerons.» Puis il est parti.",
                        "Il a déclaré : «Nous continuerons.»",
                        "Puis il est parti."),
                row(
                        "Le mouvement s'appelle « Mobilisation des masses qualifiées ». Il se diffuse.",
                        "Le mouvement s'appelle « Mobilisation des masses qualifiées ».",
                        "Il se diffuse."),
                row(
                        "« Mobilisation des masses qualifiées » est un mouvement. « Il faut écouter le peuple », "
                                + "a-t-il dit.",
                        "« Mobilisation des masses qualifiées » est un mouvement.",
                        "« Il faut écouter le peuple », a-t-il dit."),
                // Quotes closing after the full stop, and speech tags after the quote.
                row(
                        "« Nous continuerons », dit-il. Les délégués ont applaudi.",
                        "« Nous continuerons », dit-il.",
                        "Les délégués ont applaudi."),
                row(
                        "Il a conclu : \"La mobilisation est l'affaire de tous.\" Les délégués ont applaudi.",
                        "Il a conclu : \"La mobilisation est l'affaire de tous.\"",
                        "Les délégués ont applaudi."),
                row(
                        "Il a conclu : “C'est notre devoir.” Les délégués ont applaudi.",
                        "Il a conclu : “C'est notre devoir.”",
                        "Les délégués ont applaudi."),
                // Abbreviations and initials.
                row(
                        "M. Nguyen Van Giang a présidé la conférence. Mme Pham Thi Hoa était présente.",
                        "M. Nguyen Van Giang a présidé la conférence.",
                        "Mme Pham Thi Hoa était présente."),
                row(
                        "Étaient présents M. Tran Van Nam, Mme Hoa et MM. Giang et Thanh.",
                        "Étaient présents M. Tran Van Nam, Mme Hoa et MM. Giang et Thanh."),
                row(
                        "Les secteurs clés, p. ex. l'agriculture, ont progressé.",
                        "Les secteurs clés, p. ex. l'agriculture, ont progressé."),
                row(
                        "Les routes, les écoles, etc. ont été rénovées en 2023.",
                        "Les routes, les écoles, etc. ont été rénovées en 2023."),
                row(
                        "Il a salué les routes, les écoles, etc. Puis il a conclu.",
                        "Il a salué les routes, les écoles, etc.",
                        "Puis il a conclu."),
                row("Le camarade H. Nguyen a pris la parole.", "Le camarade H. Nguyen a pris la parole."),
                row("H. Nguyen a pris la parole.", "H. Nguyen a pris la parole."),
                row("Selon N. V. Giang, le bilan est positif.", "Selon N. V. Giang, le bilan est positif."),
                row("Voir le chap. 3 et la p. 12 du rapport.", "Voir le chap. 3 et la p. 12 du rapport."),
                // References, dates.
                row(
                        "Le projet n° 08-DA/TU du 5 juillet 2023 a été mis en œuvre. L'accueil des citoyens a été "
                                + "assuré.",
                        "Le projet n° 08-DA/TU du 5 juillet 2023 a été mis en œuvre.",
                        "L'accueil des citoyens a été assuré."),
                row(
                        "Selon le projet n°\u00A008-DA/TU, le modèle est testé.",
                        "Selon le projet n°\u00A008-DA/TU, le modèle est testé."),
                row(
                        "La conférence s'est tenue le 21/12/2023. Elle a duré une journée.",
                        "La conférence s'est tenue le 21/12/2023.",
                        "Elle a duré une journée."),
                row(
                        "Le 21.12.2023, la conférence s'est tenue à Thai Binh.",
                        "Le 21.12.2023, la conférence s'est tenue à Thai Binh."),
                // Ellipses.
                row(
                        "Il y avait des difficultés… Mais le mouvement a progressé.",
                        "Il y avait des difficultés…",
                        "Mais le mouvement a progressé."),
                row(
                        "Il y avait des difficultés... Mais le mouvement a progressé.",
                        "Il y avait des difficultés...",
                        "Mais le mouvement a progressé."),
                row("Les communes, les quartiers… ont participé.", "Les communes, les quartiers… ont participé."),
                row(
                        "Les limites... mais aussi les réussites ont été examinées.",
                        "Les limites... mais aussi les réussites ont été examinées."),
                // A colon list.
                row(
                        "Trois tâches ont été fixées : 1. améliorer la propagande ; 2. promouvoir la démocratie ; "
                                + "3. réformer les procédures.",
                        "Trois tâches ont été fixées : 1. améliorer la propagande ; 2. promouvoir la démocratie ; "
                                + "3. réformer les procédures."),
                // Numbers: at the end, at the start, decimals.
                row(
                        "Le nombre de camarades décorés s'élève à 40. Seize collectifs ont été félicités.",
                        "Le nombre de camarades décorés s'élève à 40.",
                        "Seize collectifs ont été félicités."),
                row(
                        "La médaille a été remise en 2023. 40 camarades l'ont reçue.",
                        "La médaille a été remise en 2023.",
                        "40 camarades l'ont reçue."),
                row(
                        "La croissance a atteint 6,5 % en 2023. Elle vise 7,2 % et un budget de 1.000.000 de dongs.",
                        "La croissance a atteint 6,5 % en 2023.",
                        "Elle vise 7,2 % et un budget de 1.000.000 de dongs."),
                // A stray space before the full stop, as in the scraped seed; double spaces.
                row(
                        "Il a cité les objectifs politiques . Il a également suggéré d'agir.",
                        "Il a cité les objectifs politiques .",
                        "Il a également suggéré d'agir."),
                row(
                        "La séance est levée.  Les délégués sont partis.",
                        "La séance est levée.",
                        "Les délégués sont partis."),
                // URLs and e-mail addresses.
                row(
                        "Le texte est publié sur www.thaibinh.gov.vn. Écrivez à ban.danvan@thaibinh.gov.vn pour le "
                                + "recevoir.",
                        "Le texte est publié sur www.thaibinh.gov.vn.",
                        "Écrivez à ban.danvan@thaibinh.gov.vn pour le recevoir."),
                row(
                        "Voir https://vietnam.vn/ameliorer-la-qualite.html pour les détails.",
                        "Voir https://vietnam.vn/ameliorer-la-qualite.html pour les détails."),
                // A title without a final full stop.
                row(
                        "Améliorer la qualité et l'efficacité des travaux de mobilisation de masse",
                        "Améliorer la qualité et l'efficacité des travaux de mobilisation de masse"),
                // Question and exclamation.
                row(
                        "Comment gagner la confiance du peuple ? En l'écoutant ! Telle est la méthode.",
                        "Comment gagner la confiance du peuple ?",
                        "En l'écoutant !",
                        "Telle est la méthode."));
    }

    @ParameterizedTest
    @MethodSource("hardCases")
    void splitsHardCases(String paragraph, List<String> expected) {
        assertThat(SPLITTER.split(paragraph)).containsExactlyElementsOf(expected);
    }

    static Arguments row(String paragraph, String... sentences) {
        return arguments(paragraph, List.of(sentences));
    }
}
