package org.songngu.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.songngu.corpus.Language;

/**
 * Paragraphs of the scraped French seed article (Thai Binh, mass mobilization, 21/12/2023), copied
 * verbatim with their no-break spaces, and the sentences they must give.
 */
class FrenchSeedArticleTest {

    private static final SentenceSplitter SPLITTER = SentenceSplitter.forLanguage(Language.FR);
    private static final Path SEED = Path.of("corpus/thai-binh-dan-van/fr.txt");

    static Stream<Arguments> seedParagraphs() {
        return Stream.of(
                // The caption paragraph repeated with a second sentence.
                row(
                        "Camarades\u00A0: Nguyen Tien Thanh, secrétaire permanent adjoint du Comité provincial du "
                                + "Parti et président du Conseil populaire provincial\u00A0; Nguyen Van Giang, "
                                + "membre du "
                                + "Comité permanent et chef de la Commission de mobilisation des masses du Comité "
                                + "provincial du Parti, ont présidé la conférence. Étaient également présents à la "
                                + "conférence des camarades du Comité permanent du Comité provincial du Parti, ainsi "
                                + "que des dirigeants du Conseil populaire provincial et du Comité populaire.",
                        "Camarades\u00A0: Nguyen Tien Thanh, secrétaire permanent adjoint du Comité provincial du "
                                + "Parti et président du Conseil populaire provincial\u00A0; Nguyen Van Giang, "
                                + "membre du "
                                + "Comité permanent et chef de la Commission de mobilisation des masses du Comité "
                                + "provincial du Parti, ont présidé la conférence.",
                        "Étaient également présents à la conférence des camarades du Comité permanent du "
                                + "Comité provincial du Parti, ainsi que des dirigeants du Conseil populaire "
                                + "provincial "
                                + "et du Comité populaire."),
                // The long paragraph: a reference "n° 08-DA/TU", guillemets, semicolons.
                row(
                        "En 2023, le travail de mobilisation citoyenne s'est déroulé en étroite collaboration "
                                + "avec les instances politiques de la province, tout en menant de front des missions "
                                + "essentielles. Ce travail a permis de suivre de près la situation de la population, "
                                + "de conseiller et d'orienter la résolution rapide des cas complexes, contribuant "
                                + "ainsi de manière significative à la réussite des objectifs de développement "
                                + "socio-économique, à la garantie de la défense et de la sécurité nationales, et au "
                                + "maintien de la stabilité politique et sociale. La mobilisation citoyenne menée par "
                                + "le gouvernement s'est articulée autour des principes de proximité, de "
                                + "sensibilisation, de responsabilisation et de service public, d'écoute des citoyens "
                                + "et de résolution rapide des difficultés et obstacles rencontrés sur le terrain. Le "
                                + "projet n° 08-DA/TU du 5 juillet 2023, visant à expérimenter le modèle de "
                                + "«\u00A0gouvernement proche du peuple\u00A0» dans les communes, les quartiers et "
                                + "les villes de "
                                + "la province de Thai Binh pour la période 2023-2025, a été mis en œuvre avec "
                                + "rigueur. "
                                + "L'accueil des citoyens, le traitement de leurs plaintes et dénonciations ont été "
                                + "assurés avec sérieux. Le sens des responsabilités et l'engagement au service du "
                                + "peuple ont été renforcés parmi les cadres et les fonctionnaires. Le Front de la "
                                + "Patrie et les organisations socio-politiques ont continué d'innover dans le contenu "
                                + "et les méthodes de leurs actions ; ils ont renforcé l'organisation de leurs "
                                + "activités pour attirer des membres ; ils ont promu leur rôle de représentants dans "
                                + "la défense et la protection des droits et intérêts légitimes du peuple ; ils ont "
                                + "amélioré la qualité des mouvements d'émulation patriotique ; ils ont activement "
                                + "mené "
                                + "des activités de supervision et de critique sociale et ont contribué à la "
                                + "construction du Parti et du gouvernement. Le dialogue direct entre les dirigeants "
                                + "des comités du Parti et des gouvernements à tous les niveaux et le peuple est "
                                + "devenu "
                                + "une pratique courante. Le système de mobilisation des masses à tous les niveaux a "
                                + "joué un rôle proactif et actif dans le conseil, la proposition et la mise en œuvre "
                                + "du programme de travail annuel afin d'en garantir la qualité et l'efficacité. Les "
                                + "comités de pilotage du mouvement d'émulation « Mobilisation des masses qualifiées » "
                                + "sont opérationnels à tous les niveaux et mettent rapidement en œuvre leurs missions "
                                + "en fonction du contexte ; le mouvement d'émulation « Mobilisation des masses "
                                + "qualifiées » continue de se diffuser dans la vie sociale.",
                        "En 2023, le travail de mobilisation citoyenne s'est déroulé en étroite collaboration "
                                + "avec les instances politiques de la province, tout en menant de front des missions "
                                + "essentielles.",
                        "Ce travail a permis de suivre de près la situation de la population, de conseiller "
                                + "et d'orienter la résolution rapide des cas complexes, contribuant ainsi de manière "
                                + "significative à la réussite des objectifs de développement socio-économique, à la "
                                + "garantie de la défense et de la sécurité nationales, et au maintien de la stabilité "
                                + "politique et sociale.",
                        "La mobilisation citoyenne menée par le gouvernement s'est articulée autour des "
                                + "principes de proximité, de sensibilisation, de responsabilisation et de service "
                                + "public, d'écoute des citoyens et de résolution rapide des difficultés et obstacles "
                                + "rencontrés sur le terrain.",
                        "Le projet n° 08-DA/TU du 5 juillet 2023, visant à expérimenter le modèle de "
                                + "«\u00A0gouvernement proche du peuple\u00A0» dans les communes, les quartiers et "
                                + "les villes de "
                                + "la province de Thai Binh pour la période 2023-2025, a été mis en œuvre avec "
                                + "rigueur.",
                        "L'accueil des citoyens, le traitement de leurs plaintes et dénonciations ont été "
                                + "assurés avec sérieux.",
                        "Le sens des responsabilités et l'engagement au service du peuple ont été renforcés "
                                + "parmi les cadres et les fonctionnaires.",
                        "Le Front de la Patrie et les organisations socio-politiques ont continué d'innover "
                                + "dans le contenu et les méthodes de leurs actions ; ils ont renforcé l'organisation "
                                + "de leurs activités pour attirer des membres ; ils ont promu leur rôle de "
                                + "représentants dans la défense et la protection des droits et intérêts légitimes du "
                                + "peuple ; ils ont amélioré la qualité des mouvements d'émulation patriotique ; ils "
                                + "ont activement mené des activités de supervision et de critique sociale et ont "
                                + "contribué à la construction du Parti et du gouvernement.",
                        "Le dialogue direct entre les dirigeants des comités du Parti et des gouvernements à "
                                + "tous les niveaux et le peuple est devenu une pratique courante.",
                        "Le système de mobilisation des masses à tous les niveaux a joué un rôle proactif et "
                                + "actif dans le conseil, la proposition et la mise en œuvre du programme de travail "
                                + "annuel afin d'en garantir la qualité et l'efficacité.",
                        "Les comités de pilotage du mouvement d'émulation « Mobilisation des masses "
                                + "qualifiées » sont opérationnels à tous les niveaux et mettent rapidement en œuvre "
                                + "leurs missions en fonction du contexte ; le mouvement d'émulation « Mobilisation "
                                + "des "
                                + "masses qualifiées » continue de se diffuser dans la vie sociale."),
                // The stray space before the full stop: "objectifs politiques ."
                row(
                        "Concernant les tâches clés pour 2024, il a suggéré que les comités du Parti et les "
                                + "systèmes de mobilisation des masses à tous les niveaux continuent d'améliorer "
                                + "activement la qualité de la diffusion, de la propagande et de la vulgarisation des "
                                + "directives et politiques du Parti, des lois et politiques de l'État, ainsi que des "
                                + "directives provinciales, auprès des cadres, des membres du Parti et de "
                                + "l'ensemble de "
                                + "la population, afin de créer un large consensus et une unité au sein de la société "
                                + "et de jeter les bases d'une mise en œuvre réussie des objectifs politiques . Il a "
                                + "également suggéré d'améliorer la qualité et l'efficacité du travail de mobilisation "
                                + "des masses, en particulier le mouvement d'émulation «\u00A0Mobilisation des masses "
                                + "qualifiée\u00A0», en veillant à suivre de près les objectifs politiques de la "
                                + "province, "
                                + "de chaque localité et unité, en garantissant une efficacité réelle et en évitant le "
                                + "formalisme, et en s'appuyant sur des critères précis. L'objectif commun est de "
                                + "promouvoir le développement socio-économique et d'améliorer les conditions de vie "
                                + "matérielles et spirituelles de la population. Enfin, il a suggéré de poursuivre la "
                                + "promotion de la démocratie à la base. Le travail de mobilisation des masses doit "
                                + "être fortement orienté vers la base, en considérant cette dernière comme le "
                                + "territoire, en plaçant les citoyens, les membres des syndicats et des associations "
                                + "au cœur des préoccupations, afin de renforcer l'ensemble du système politique et "
                                + "d'assurer la synchronisation de sa mise en œuvre. Il est notamment nécessaire de "
                                + "comprendre la situation, les opinions, les aspirations, les propositions et les "
                                + "recommandations légitimes de toutes les catégories de la population, de conseiller "
                                + "rapidement le Comité du Parti et le gouvernement sur les solutions à apporter et de "
                                + "se soucier concrètement du bien-être des citoyens. Il convient de renforcer le "
                                + "contact et le dialogue entre les dirigeants des Comités du Parti, le "
                                + "gouvernement et "
                                + "le peuple. Il faut s'attacher à améliorer la qualité du contrôle et de la critique "
                                + "sociale. Il est également essentiel d'améliorer l'efficacité et la qualité du "
                                + "travail de mobilisation des masses mené par le gouvernement, en particulier en "
                                + "matière de réforme des procédures administratives et d'éthique publique. Il faut "
                                + "continuer à consolider et à perfectionner l'appareil des comités de mobilisation "
                                + "des "
                                + "masses à tous les niveaux et les blocs de mobilisation de base\u00A0; il est "
                                + "important de "
                                + "veiller à former un contingent de cadres prestigieux, dotés d'une forte volonté "
                                + "politique, des compétences et des qualifications requises pour mener à bien cette "
                                + "mission.",
                        "Concernant les tâches clés pour 2024, il a suggéré que les comités du Parti et les "
                                + "systèmes de mobilisation des masses à tous les niveaux continuent d'améliorer "
                                + "activement la qualité de la diffusion, de la propagande et de la vulgarisation des "
                                + "directives et politiques du Parti, des lois et politiques de l'État, ainsi que des "
                                + "directives provinciales, auprès des cadres, des membres du Parti et de "
                                + "l'ensemble de "
                                + "la population, afin de créer un large consensus et une unité au sein de la société "
                                + "et de jeter les bases d'une mise en œuvre réussie des objectifs politiques .",
                        "Il a également suggéré d'améliorer la qualité et l'efficacité du travail de "
                                + "mobilisation des masses, en particulier le mouvement d'émulation "
                                + "«\u00A0Mobilisation des "
                                + "masses qualifiée\u00A0», en veillant à suivre de près les objectifs politiques "
                                + "de la "
                                + "province, de chaque localité et unité, en garantissant une efficacité réelle et en "
                                + "évitant le formalisme, et en s'appuyant sur des critères précis.",
                        "L'objectif commun est de promouvoir le développement socio-économique et d'améliorer "
                                + "les conditions de vie matérielles et spirituelles de la population.",
                        "Enfin, il a suggéré de poursuivre la promotion de la démocratie à la base.",
                        "Le travail de mobilisation des masses doit être fortement orienté vers la base, en "
                                + "considérant cette dernière comme le territoire, en plaçant les citoyens, les "
                                + "membres "
                                + "des syndicats et des associations au cœur des préoccupations, afin de renforcer "
                                + "l'ensemble du système politique et d'assurer la synchronisation de sa mise en "
                                + "œuvre.",
                        "Il est notamment nécessaire de comprendre la situation, les opinions, les "
                                + "aspirations, les propositions et les recommandations légitimes de toutes les "
                                + "catégories de la population, de conseiller rapidement le Comité du Parti et le "
                                + "gouvernement sur les solutions à apporter et de se soucier concrètement du "
                                + "bien-être "
                                + "des citoyens.",
                        "Il convient de renforcer le contact et le dialogue entre les dirigeants des Comités "
                                + "du Parti, le gouvernement et le peuple.",
                        "Il faut s'attacher à améliorer la qualité du contrôle et de la critique sociale.",
                        "Il est également essentiel d'améliorer l'efficacité et la qualité du travail de "
                                + "mobilisation des masses mené par le gouvernement, en particulier en matière de "
                                + "réforme des procédures administratives et d'éthique publique.",
                        "Il faut continuer à consolider et à perfectionner l'appareil des comités de "
                                + "mobilisation des masses à tous les niveaux et les blocs de mobilisation de "
                                + "base\u00A0; il "
                                + "est important de veiller à former un contingent de cadres prestigieux, dotés d'une "
                                + "forte volonté politique, des compétences et des qualifications requises pour "
                                + "mener à "
                                + "bien cette mission."),
                // Guillemets inside a sentence, numbers ("40", "2023").
                row(
                        "En 2023, la province de Thai Binh a vu 40 de ses camarades décorés de la médaille "
                                + "«\u00A0Pour la cause de la mobilisation des masses\u00A0» par le Comité central "
                                + "pour la "
                                + "mobilisation des masses. Lors de la conférence, le secrétaire permanent adjoint du "
                                + "Comité provincial du Parti et président du Conseil populaire provincial ont remis "
                                + "cette médaille à huit camarades, figures importantes des départements, sections et "
                                + "unités de la province. À cette occasion, le Comité provincial pour la mobilisation "
                                + "des masses a également félicité seize collectifs et individus pour leurs "
                                + "réalisations exceptionnelles dans le domaine de la mobilisation des masses en 2023.",
                        "En 2023, la province de Thai Binh a vu 40 de ses camarades décorés de la médaille "
                                + "«\u00A0Pour la cause de la mobilisation des masses\u00A0» par le Comité central "
                                + "pour la "
                                + "mobilisation des masses.",
                        "Lors de la conférence, le secrétaire permanent adjoint du Comité provincial du Parti "
                                + "et président du Conseil populaire provincial ont remis cette médaille à huit "
                                + "camarades, figures importantes des départements, sections et unités de la province.",
                        "À cette occasion, le Comité provincial pour la mobilisation des masses a également "
                                + "félicité seize collectifs et individus pour leurs réalisations exceptionnelles dans "
                                + "le domaine de la mobilisation des masses en 2023."));
    }

    @ParameterizedTest
    @MethodSource("seedParagraphs")
    void splitsSeedParagraphs(String paragraph, List<String> expected) {
        assertThat(SPLITTER.split(paragraph)).containsExactlyElementsOf(expected);
    }

    /** The same paragraphs, read from the corpus file once it is in the repository. */
    @ParameterizedTest
    @MethodSource("seedParagraphs")
    void seedParagraphsAreVerbatimInTheCorpusFile(String paragraph, List<String> expected) throws IOException {
        assumeTrue(Files.isRegularFile(SEED), "the seed article is not yet in the repository at " + SEED);
        List<String> lines = Files.readAllLines(SEED, StandardCharsets.UTF_8);
        assertThat(lines).contains(paragraph);
    }

    static Arguments row(String paragraph, String... sentences) {
        return arguments(paragraph, List.of(sentences));
    }
}
