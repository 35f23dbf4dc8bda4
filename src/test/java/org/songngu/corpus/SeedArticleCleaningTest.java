package org.songngu.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real scraped seed page, chrome and all, read from the project's corpus folder. */
class SeedArticleCleaningTest {

    private static final Path SEED = Path.of("corpus", "thai-binh-dan-van");

    private static List<String> paragraphs;

    @BeforeAll
    static void ingestSeedAlone() {
        ArticleFolder folder =
                new ArticleFolder("thai-binh-dan-van", SEED, Map.of(Language.FR, SEED.resolve("fr.txt")), null);
        IngestedArticle article =
                new ArticleIngestor(BoilerplateModel.empty(), IngestSettings.defaults()).ingest(folder);
        paragraphs = article.versions().get(Language.FR).paragraphs();
    }

    @Test
    void startsWithTheTitle() {
        assertThat(paragraphs.get(0))
                .isEqualTo("Améliorer la qualité et l'efficacité des travaux de mobilisation de masse");
    }

    @Test
    void dropsSiteTitleAndDateLine() {
        assertThat(paragraphs)
                .noneMatch(p -> p.startsWith("Vietnam.vn"))
                .noneMatch(p -> p.contains("21/12/2023") && p.length() < 40);
    }

    @Test
    void keepsBodyAndPhotoCaptions() {
        assertThat(paragraphs)
                .contains("Délégués participant à la conférence.")
                .anyMatch(p -> p.startsWith("Le matin du 21 décembre, le Comité permanent provincial du Parti"))
                .anyMatch(p -> p.startsWith("Le camarade Nguyen Tien Thanh, secrétaire adjoint permanent"))
                .last()
                .asString()
                .startsWith("En 2023, la province de Thai Binh a vu 40 de ses camarades");
    }

    @Test
    void dropsEverythingFromSourceOn() {
        assertThat(paragraphs)
                .doesNotContain("Source", "Comment (0)", "Même sujet", "Fleur de pêche")
                .noneMatch(p -> p.startsWith("Footer Banner"))
                .noneMatch(p -> p.contains("Notre-Dame de Hô Chi Minh-Ville"))
                .noneMatch(p -> p.startsWith("Laissez un commentaire"));
    }

    @Test
    void keepsExactlyTheArticleParagraphs() {
        // the title and the 13 paragraphs and captions of the body, counted by hand on the page
        assertThat(paragraphs).hasSize(14);
    }
}
