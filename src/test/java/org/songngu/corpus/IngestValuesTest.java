package org.songngu.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks in the compact constructors of the ingest values. */
class IngestValuesTest {

    @Test
    void settingsRejectNonsense() {
        IngestSettings d = IngestSettings.defaults();
        assertThatThrownBy(() -> d.withMaxFileBytes(0)).hasMessageContaining("maxFileBytes");
        assertThatThrownBy(() -> d.withChromeMinArticles(1)).hasMessageContaining("chromeMinArticles");
        assertThatThrownBy(() -> new IngestSettings(1, 2, 1.5, 300, 3, true)).hasMessageContaining("chromeMinShare");
        assertThatThrownBy(() -> new IngestSettings(1, 2, 0.1, 0, 3, true)).hasMessageContaining("chromeMaxChars");
        assertThatThrownBy(() -> new IngestSettings(1, 2, 0.1, 300, 1, true)).hasMessageContaining("repeatsInDocument");
    }

    @Test
    void articleFolderNeedsFrenchAndAnId() {
        Path dir = Path.of("corpus", "x");
        assertThatThrownBy(() -> new ArticleFolder("x", dir, Map.of(Language.VI, dir.resolve("vi.txt")), null))
                .hasMessage("article x needs a French version");
        assertThatThrownBy(() -> new ArticleFolder(" ", dir, Map.of(Language.FR, dir.resolve("fr.txt")), null))
                .hasMessage("article id must not be blank");
    }

    @Test
    void articleTextNeedsNonBlankParagraphs() {
        assertThatThrownBy(() -> new ArticleText(Language.FR, List.of()))
                .hasMessageContaining("at least one paragraph");
        assertThatThrownBy(() -> new ArticleText(Language.FR, List.of("a", " ")))
                .hasMessageContaining("blank");
    }

    @Test
    void ingestedArticleNeedsFrenchAndMatchingLanguages() {
        ArticleText vi = new ArticleText(Language.VI, List.of("Tiêu đề"));
        assertThatThrownBy(() -> new IngestedArticle("x", ArticleMeta.NONE, Map.of(Language.VI, vi), "h"))
                .hasMessage("article x needs a French version");
        assertThatThrownBy(() -> new IngestedArticle("x", ArticleMeta.NONE, Map.of(Language.FR, vi), "h"))
                .hasMessage("article x: VI text filed under FR");
    }

    @Test
    void blankMetaFieldsAreAbsent() {
        assertThat(new ArticleMeta(" ", "", null)).isEqualTo(ArticleMeta.NONE);
        assertThat(new ArticleMeta(" Titre ", null, null).titleIfPresent()).contains("Titre");
    }
}
