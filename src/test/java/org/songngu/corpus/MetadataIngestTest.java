package org.songngu.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest of a small site whose articles carry per-article metadata lines in the three languages:
 * what rules and learned templates set aside, and the content lines that look like metadata but stay.
 */
class MetadataIngestTest {

    private static final String[] DAYS = {"12/03/2024", "02/04/2024", "17/05/2024", "30/06/2024"};
    private static final String[] AUTHORS_FR = {"Minh Chau", "Lan Anh", "Thu Trang", "Van Hung"};
    private static final String[] AUTHORS_VI = {"Minh Châu", "Lan Anh", "Thu Trang", "Văn Hùng"};

    @TempDir
    Path corpus;

    @Test
    void setsMetadataAsideInEveryLanguageAndKeepsLookalikeContent() throws IOException {
        for (int i = 0; i < 4; i++) {
            article(i);
        }
        IngestResult result = ArticleIngestor.ingestAll(CorpusScanner.scan(corpus), IngestSettings.defaults());

        assertThat(result.failures()).isEmpty();
        IngestedArticle first = result.articles().get(0);
        assertThat(first.version(Language.FR).orElseThrow().paragraphs())
                .containsExactly(
                        "Le 15 août 2024, au siège d'accueil des citoyens, M. Tran Quoc Hung a présidé la séance "
                                + "numéro 0.",
                        "Par ailleurs, le Comité a adopté le programme de travail numéro 0.",
                        "Par Décision n° 15-QD/TU du 12/03/2024, 3 membres ont été nommés.");
        assertThat(first.version(Language.VI).orElseThrow().paragraphs())
                .containsExactly(
                        "Ngày 15/8/2024, tại Trụ sở tiếp công dân tỉnh, đồng chí Trần Quốc Hưng chủ trì phiên số 0.",
                        "Ảnh hưởng của bão Yagi khiến 12 xã bị ngập.",
                        "Theo kế hoạch, đến năm 2025 tỉnh có 90% xã đạt chuẩn.");
        assertThat(first.version(Language.EN).orElseThrow().paragraphs())
                .containsExactly(
                        "On August 15, 2024, at the citizen reception office, Mr. Tran Quoc Hung chaired session "
                                + "number 0.",
                        "By the end of 2025, 90% of communes will apply grassroots democracy well.",
                        "Photo exhibitions were held in 12 districts.");
        assertThat(first.metadata())
                .extracting(MetadataLine::language, MetadataLine::kind, MetadataLine::text, MetadataLine::detectedBy)
                .containsExactly(
                        tuple(
                                Language.FR,
                                MetadataKind.DATE,
                                "Mis à jour le 12/03/2024 à 08:45 – Lecture 3 min",
                                MetadataLine.DetectedBy.RULE),
                        tuple(Language.FR, MetadataKind.AUTHOR, "Par Minh Chau – VNA", MetadataLine.DetectedBy.RULE),
                        tuple(Language.FR, MetadataKind.CREDIT, "Photo : VNA", MetadataLine.DetectedBy.RULE),
                        tuple(Language.FR, MetadataKind.OTHER, "Réf. VNA-2024-0", MetadataLine.DetectedBy.TEMPLATE),
                        tuple(Language.FR, MetadataKind.COUNTER, "1 500 lectures", MetadataLine.DetectedBy.RULE),
                        tuple(
                                Language.VI,
                                MetadataKind.DATE,
                                "Cập nhật: 08:45, 12/03/2024 | 3 phút đọc",
                                MetadataLine.DetectedBy.RULE),
                        tuple(Language.VI, MetadataKind.AUTHOR, "Minh Châu (TTXVN)", MetadataLine.DetectedBy.RULE),
                        tuple(Language.VI, MetadataKind.CREDIT, "Ảnh: TTXVN", MetadataLine.DetectedBy.RULE),
                        tuple(Language.VI, MetadataKind.OTHER, "Mã tin: VNA-2024-0", MetadataLine.DetectedBy.TEMPLATE),
                        tuple(Language.VI, MetadataKind.COUNTER, "1.500 lượt đọc", MetadataLine.DetectedBy.RULE),
                        tuple(
                                Language.EN,
                                MetadataKind.DATE,
                                "Updated 08:45, 12/03/2024 | 3 min read",
                                MetadataLine.DetectedBy.RULE),
                        tuple(Language.EN, MetadataKind.AUTHOR, "By Minh Chau – VNA", MetadataLine.DetectedBy.RULE),
                        tuple(Language.EN, MetadataKind.CREDIT, "Photo: VNA", MetadataLine.DetectedBy.RULE),
                        tuple(Language.EN, MetadataKind.OTHER, "Ref. VNA-2024-0", MetadataLine.DetectedBy.TEMPLATE),
                        tuple(Language.EN, MetadataKind.COUNTER, "1,500 views", MetadataLine.DetectedBy.RULE));
        assertThat(result.templates().all())
                .extracting(
                        MetadataTemplates.Template::language,
                        MetadataTemplates.Template::site,
                        MetadataTemplates.Template::shape,
                        MetadataTemplates.Template::articles)
                .containsExactlyInAnyOrder(
                        tuple(Language.FR, "example.vn", LineShape.of("Réf. VNA-2024-9"), 4),
                        tuple(Language.VI, "example.vn", LineShape.of("Mã tin: VNA-2024-9"), 4),
                        tuple(Language.EN, "example.vn", LineShape.of("Ref. VNA-2024-9"), 4));
    }

    @Test
    void thePublicationDateComesFromTheMetadataWhenTheMetaFileHasNone() throws IOException {
        for (int i = 0; i < 4; i++) {
            article(i);
        }
        IngestResult result = ArticleIngestor.ingestAll(CorpusScanner.scan(corpus), IngestSettings.defaults());

        assertThat(result.articles())
                .extracting(article -> article.published().orElseThrow())
                .containsExactly(
                        LocalDate.of(2024, 3, 12),
                        LocalDate.of(2024, 4, 2),
                        LocalDate.of(2024, 5, 17),
                        LocalDate.of(2024, 6, 30));
    }

    @Test
    void aTemplateNeedsArticlesOfOneSite() throws IOException {
        article(0);
        article(1);
        IngestResult result = ArticleIngestor.ingestAll(CorpusScanner.scan(corpus), IngestSettings.defaults());

        assertThat(result.templates().isEmpty()).isTrue();
        assertThat(result.articles().get(0).version(Language.FR).orElseThrow().paragraphs())
                .contains("Réf. VNA-2024-0");
    }

    @Test
    void aLinePutBackReturnsToItsPlace() throws IOException {
        for (int i = 0; i < 4; i++) {
            article(i);
        }
        IngestedArticle first = ArticleIngestor.ingestAll(CorpusScanner.scan(corpus), IngestSettings.defaults())
                .articles()
                .get(0);

        IngestedArticle restored = first.restoring(
                Set.of(new KeptLine(Language.FR, "Photo : VNA"), new KeptLine(Language.VI, "Mã tin: VNA-2024-0")));

        assertThat(restored.version(Language.FR).orElseThrow().paragraphs())
                .containsExactly(
                        "Photo : VNA",
                        "Le 15 août 2024, au siège d'accueil des citoyens, M. Tran Quoc Hung a présidé la séance "
                                + "numéro 0.",
                        "Par ailleurs, le Comité a adopté le programme de travail numéro 0.",
                        "Par Décision n° 15-QD/TU du 12/03/2024, 3 membres ont été nommés.");
        assertThat(restored.version(Language.VI).orElseThrow().paragraphs())
                .element(1)
                .isEqualTo("Mã tin: VNA-2024-0");
        assertThat(restored.metadata())
                .hasSize(first.metadata().size() - 2)
                .noneMatch(line -> line.text().equals("Photo : VNA"));
        assertThat(first.restoring(Set.of())).isSameAs(first);
    }

    @Test
    void anArticleOfMetadataAloneIsRejectedWithItsFile() throws IOException {
        Path dir = Files.createDirectories(corpus.resolve("only-dates"));
        Files.writeString(dir.resolve("fr.txt"), "Publié le 12/03/2024\n\n1 532 lectures\n", StandardCharsets.UTF_8);
        ArticleInputException failure = ArticleIngestor.ingestAll(CorpusScanner.scan(corpus), IngestSettings.defaults())
                .failures()
                .get(0);

        assertThat(failure.getMessage()).contains("only-dates", "fr.txt", "holds only metadata lines");
        assertThatThrownBy(() -> new ArticleIngestor(BoilerplateModel.empty(), IngestSettings.defaults())
                        .ingest(CorpusScanner.readFolder(dir)))
                .isInstanceOf(ArticleInputException.class);
    }

    @Test
    void htmlTagsGiveTheDateAndAuthor() throws IOException {
        Path dir = Files.createDirectories(corpus.resolve("page"));
        Files.writeString(dir.resolve("fr.html"), """
                <html><head><meta property="article:published_time" content="2024-03-15T08:30:00+07:00">
                <meta name="author" content="Thu Trang"><meta property="article:author" \
                content="https://x.vn/thu-trang">
                </head><body><article><h1>Titre de l'article</h1>
                <p><time datetime="2024-03-15">15/03/2024</time></p>
                <p>Le Comité populaire a mis en service le guichet unique.</p></article></body></html>\
                """, StandardCharsets.UTF_8);
        IngestedArticle article = new ArticleIngestor(BoilerplateModel.empty(), IngestSettings.defaults())
                .ingest(CorpusScanner.readFolder(dir));

        assertThat(article.version(Language.FR).orElseThrow().paragraphs())
                .containsExactly("Titre de l'article", "Le Comité populaire a mis en service le guichet unique.");
        assertThat(article.metadata())
                .extracting(MetadataLine::kind, MetadataLine::text, MetadataLine::detectedBy)
                .containsExactly(
                        tuple(MetadataKind.DATE, "15/03/2024", MetadataLine.DetectedBy.RULE),
                        tuple(MetadataKind.DATE, "2024-03-15T08:30:00+07:00", MetadataLine.DetectedBy.PAGE),
                        tuple(MetadataKind.DATE, "2024-03-15", MetadataLine.DetectedBy.PAGE),
                        tuple(MetadataKind.AUTHOR, "Thu Trang", MetadataLine.DetectedBy.PAGE));
        assertThat(article.published()).contains(LocalDate.of(2024, 3, 15));
    }

    /** One article of the site example.vn, without a date in meta.properties. */
    private void article(int i) throws IOException {
        Path dir = Files.createDirectories(corpus.resolve("article-" + i));
        String day = DAYS[i];
        Files.writeString(
                dir.resolve("meta.properties"),
                "source=https://www.example.vn/bai-" + i + "\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("fr.txt"),
                String.join(
                        "\n\n",
                        "Mis à jour le " + day + " à 08:45 – Lecture " + (3 + i) + " min",
                        "Par " + AUTHORS_FR[i] + " – VNA",
                        "Photo : VNA",
                        "Le 15 août 2024, au siège d'accueil des citoyens, M. Tran Quoc Hung a présidé la séance "
                                + "numéro " + i + ".",
                        "Réf. VNA-2024-" + i,
                        "Par ailleurs, le Comité a adopté le programme de travail numéro " + i + ".",
                        "Par Décision n° 15-QD/TU du 12/03/2024, " + (3 + i) + " membres ont été nommés.",
                        (1 + i) + " 500 lectures"),
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("vi.txt"),
                String.join(
                        "\n\n",
                        "Cập nhật: 08:45, " + day + " | " + (3 + i) + " phút đọc",
                        AUTHORS_VI[i] + " (TTXVN)",
                        "Ảnh: TTXVN",
                        "Ngày 15/8/2024, tại Trụ sở tiếp công dân tỉnh, đồng chí Trần Quốc Hưng chủ trì phiên số " + i
                                + ".",
                        "Mã tin: VNA-2024-" + i,
                        "Ảnh hưởng của bão Yagi khiến " + (12 + i) + " xã bị ngập.",
                        "Theo kế hoạch, đến năm 2025 tỉnh có " + (90 + i) + "% xã đạt chuẩn.",
                        (1 + i) + ".500 lượt đọc"),
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("en.txt"),
                String.join(
                        "\n\n",
                        "Updated 08:45, " + day + " | " + (3 + i) + " min read",
                        "By " + AUTHORS_FR[i] + " – VNA",
                        "Photo: VNA",
                        "On August 15, 2024, at the citizen reception office, Mr. Tran Quoc Hung chaired session "
                                + "number " + i + ".",
                        "Ref. VNA-2024-" + i,
                        "By the end of 2025, " + (90 + i) + "% of communes will apply grassroots democracy well.",
                        "Photo exhibitions were held in " + (12 + i) + " districts.",
                        (1 + i) + ",500 views"),
                StandardCharsets.UTF_8);
    }
}
