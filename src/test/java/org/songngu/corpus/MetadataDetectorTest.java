package org.songngu.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetadataDetectorTest {

    private final MetadataDetector detector = MetadataDetector.rulesOnly();

    @Test
    void aCreditAtTheEndOfACaptionIsCutOffAndGoesBackAfterIt() {
        MetadataDetector.Split split = detector.split(
                Language.VI,
                "",
                List.of(
                        "Cập nhật: 08:45, 12/03/2024",
                        "Quang cảnh hội nghị. (Ảnh: TTXVN)",
                        "Người dân thực hiện thủ tục tại bộ phận một cửa Quận 1. Ảnh: Minh Châu",
                        "Ảnh hưởng của bão Yagi khiến 12 xã bị ngập (ảnh chụp ngày 8/9)."));

        assertThat(split.content())
                .containsExactly(
                        "Quang cảnh hội nghị.",
                        "Người dân thực hiện thủ tục tại bộ phận một cửa Quận 1.",
                        "Ảnh hưởng của bão Yagi khiến 12 xã bị ngập (ảnh chụp ngày 8/9).");
        assertThat(split.metadata())
                .extracting(MetadataLine::position, MetadataLine::kind, MetadataLine::text)
                .containsExactly(
                        tuple(0, MetadataKind.DATE, "Cập nhật: 08:45, 12/03/2024"),
                        tuple(2, MetadataKind.CREDIT, "(Ảnh: TTXVN)"),
                        tuple(4, MetadataKind.CREDIT, "Ảnh: Minh Châu"));

        IngestedArticle article = new IngestedArticle(
                "a",
                ArticleMeta.NONE,
                java.util.Map.of(
                        Language.FR,
                        new ArticleText(Language.FR, List.of("Texte.")),
                        Language.VI,
                        new ArticleText(Language.VI, split.content())),
                "h",
                split.metadata());
        assertThat(article.restoring(Set.of(new KeptLine(Language.VI, "(Ảnh: TTXVN)")))
                        .version(Language.VI)
                        .orElseThrow()
                        .paragraphs())
                .containsExactly(
                        "Quang cảnh hội nghị.",
                        "(Ảnh: TTXVN)",
                        "Người dân thực hiện thủ tục tại bộ phận một cửa Quận 1.",
                        "Ảnh hưởng của bão Yagi khiến 12 xã bị ngập (ảnh chụp ngày 8/9).");
    }
}
