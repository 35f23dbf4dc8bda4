package org.songngu.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIngestorTest {

    @TempDir
    Path corpus;

    private final ArticleIngestor ingestor = new ArticleIngestor(BoilerplateModel.empty(), IngestSettings.defaults());

    @Test
    void ingestsTheVersionsOfAnArticle() throws IOException {
        write("a/fr.txt", "Titre\n" + LanguageGuesserTest.FRENCH + "\nComment (0)\nUn autre article.");
        write("a/vi.txt", "Tiêu đề\n" + LanguageGuesserTest.VIETNAMESE.replace("Ủy ban", "Uỷ ban"));
        write(
                "a/en.html",
                "<html><body><nav>Home</nav><article><h1>Title</h1><p>" + LanguageGuesserTest.ENGLISH
                        + "</p></article><div class='related'>Another story</div></body></html>");
        write("a/meta.properties", "title=Réforme administrative\ndate=2023-12-21");

        IngestedArticle article = ingestor.ingest(CorpusScanner.readFolder(corpus.resolve("a")));

        assertThat(article.id()).isEqualTo("a");
        assertThat(article.title()).isEqualTo("Réforme administrative");
        assertThat(article.versions()).containsOnlyKeys(Language.FR, Language.VI, Language.EN);
        assertThat(article.versions().get(Language.FR).paragraphs())
                .containsExactly("Titre", LanguageGuesserTest.FRENCH);
        assertThat(article.versions().get(Language.VI).paragraphs())
                .containsExactly("Tiêu đề", LanguageGuesserTest.VIETNAMESE);
        assertThat(article.versions().get(Language.EN).paragraphs())
                .containsExactly("Title", LanguageGuesserTest.ENGLISH);
        assertThat(article.contentHash()).hasSize(64);
    }

    @Test
    void missingTranslationsAreAllowed() throws IOException {
        write("a/fr.txt", "Titre\nCorps.");
        IngestedArticle article = ingestor.ingest(CorpusScanner.readFolder(corpus.resolve("a")));
        assertThat(article.versions()).containsOnlyKeys(Language.FR);
        assertThat(article.version(Language.EN)).isEmpty();
        assertThat(article.title()).isEqualTo("Titre");
    }

    @Test
    void fileInTheWrongLanguageIsRejected() throws IOException {
        write("a/fr.txt", LanguageGuesserTest.FRENCH);
        write("a/en.txt", LanguageGuesserTest.FRENCH);
        assertThatThrownBy(() -> ingestor.ingest(CorpusScanner.readFolder(corpus.resolve("a"))))
                .isInstanceOf(ArticleInputException.class)
                .hasMessage("article a, en.txt: is written in French, not English");
    }

    @Test
    void vietnameseFiledAsFrenchIsRejected() throws IOException {
        write("a/fr.txt", LanguageGuesserTest.VIETNAMESE);
        assertThatThrownBy(() -> ingestor.ingest(CorpusScanner.readFolder(corpus.resolve("a"))))
                .hasMessage("article a, fr.txt: is written in Vietnamese, not French");
    }

    @Test
    void languageCheckCanBeSwitchedOff() throws IOException {
        write("a/fr.txt", LanguageGuesserTest.ENGLISH);
        IngestSettings unchecked = new IngestSettings(IngestSettings.DEFAULT_MAX_FILE_BYTES, 2, 0.02, 300, 3, false);
        assertThat(new ArticleIngestor(BoilerplateModel.empty(), unchecked)
                        .ingest(CorpusScanner.readFolder(corpus.resolve("a")))
                        .versions())
                .containsKey(Language.FR);
    }

    @Test
    void fileOfBoilerplateOnlyIsRejected() throws IOException {
        write("a/fr.txt", "Titre\nCorps.");
        write(
                "a/vi.txt",
                "Vietnam.vn - Nền tảng quảng bá Việt Nam\nViệt NamViệt Nam21/12/2023\n"
                        + "Footer Banner Agribank\nBình luận (0)\n");
        assertThatThrownBy(() -> ingestor.ingest(CorpusScanner.readFolder(corpus.resolve("a"))))
                .hasMessage("article a, vi.txt: holds only metadata lines (dates, counters, credits, authors), no "
                        + "article text");
    }

    @Test
    void htmlWithNothingButScriptsAndStylesIsRejected() throws IOException {
        write(
                "a/fr.html",
                "<html><head><style>p{}</style><script>alert('x')</script></head><body>"
                        + "<script>document.write('Titre')</script></body></html>");
        assertThatThrownBy(() -> ingestor.ingest(CorpusScanner.readFolder(corpus.resolve("a"))))
                .hasMessage("article a, fr.html: no text found in the page");
    }

    @Test
    void wholeCorpusRunGoesOnPastBadArticles() throws IOException {
        write("good/fr.txt", "Journal de la province\nTitre\n" + LanguageGuesserTest.FRENCH);
        write("good/en.txt", "Province Daily\nTitle\n" + LanguageGuesserTest.ENGLISH);
        write("also-good/fr.txt", "Journal de la province\nAutre titre\nAutre corps.");
        write("empty/fr.txt", "");
        write("english/fr.txt", LanguageGuesserTest.ENGLISH);
        write("no-french/vi.txt", LanguageGuesserTest.VIETNAMESE);
        write("bad-utf8/fr.txt", "Titre\nCorps.");
        Files.write(corpus.resolve("bad-utf8/vi.txt"), new byte[] {'T', 'i', (byte) 0xFF});

        IngestResult result = ArticleIngestor.ingestAll(CorpusScanner.scan(corpus), IngestSettings.defaults());

        assertThat(result.articles()).extracting(IngestedArticle::id).containsExactly("also-good", "good");
        assertThat(result.articles().get(0).versions().get(Language.FR).paragraphs())
                .as("chrome learned from the two French pages")
                .containsExactly("Autre titre", "Autre corps.");
        assertThat(result.articles().get(1).versions().get(Language.EN).paragraphs())
                .as("English chrome seen once only")
                .startsWith("Province Daily");
        assertThat(result.failures())
                .extracting(Throwable::getMessage)
                .containsExactly(
                        "article bad-utf8, vi.txt: not valid UTF-8 at byte 2",
                        "article empty, fr.txt: file is empty",
                        "article english, fr.txt: is written in English, not French",
                        "article no-french: no French version (fr.txt or fr.html)");
    }

    @Test
    void anyBytesGiveAnArticleOrAnArticleInputException() throws IOException {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            byte[] bytes = new byte[random.nextInt(400)];
            random.nextBytes(bytes);
            if (round % 3 == 0) {
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) (bytes[i] & 0x7F | (bytes[i] == 0 ? 0x20 : 0)); // mostly ASCII, some controls
                }
            }
            Path dir = corpus.resolve("r" + round);
            Files.createDirectories(dir);
            Files.write(dir.resolve(round % 2 == 0 ? "fr.html" : "fr.txt"), bytes);
            Throwable thrown = catchThrowable(() -> ingestor.ingest(CorpusScanner.readFolder(dir)));
            assertThat(thrown)
                    .as("round %d", round)
                    .satisfiesAnyOf(
                            t -> assertThat(t).isNull(),
                            t -> assertThat(t).isExactlyInstanceOf(ArticleInputException.class));
        }
    }

    private void write(String relative, String content) throws IOException {
        Path file = corpus.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
