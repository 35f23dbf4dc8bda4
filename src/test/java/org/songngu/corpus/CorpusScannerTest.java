package org.songngu.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusScannerTest {

    @TempDir
    Path corpus;

    @Test
    void missingCorpusFolderIsNamed() {
        Path missing = corpus.resolve("no-such-corpus");
        assertThatThrownBy(() -> CorpusScanner.scan(missing))
                .isInstanceOf(CorpusFolderException.class)
                .hasMessageContaining(missing.toAbsolutePath().toString())
                .hasMessageEndingWith("does not exist");
    }

    @Test
    void aFileIsNotACorpusFolder() throws IOException {
        Path file = Files.writeString(corpus.resolve("corpus.txt"), "x");
        assertThatThrownBy(() -> CorpusScanner.scan(file))
                .isInstanceOf(CorpusFolderException.class)
                .hasMessageEndingWith("is not a folder");
    }

    @Test
    void findsVersionsAndMetaOfEachArticle() throws IOException {
        write("b-article/fr.html", "<p>x</p>");
        write("b-article/en.txt", "x");
        write("a-article/fr.txt", "x");
        write("a-article/vi.txt", "x");
        write("a-article/meta.properties", "title=x");
        write("a-article/notes.md", "ignored");
        write("README.md", "ignored");
        write(".git/fr.txt", "hidden folders are not articles");

        CorpusScan scan = CorpusScanner.scan(corpus);

        assertThat(scan.rejected()).isEmpty();
        assertThat(scan.articles()).extracting(ArticleFolder::id).containsExactly("a-article", "b-article");
        ArticleFolder a = scan.articles().get(0);
        assertThat(a.files()).containsOnlyKeys(Language.FR, Language.VI);
        assertThat(a.files().get(Language.FR)).isEqualTo(corpus.resolve("a-article/fr.txt"));
        assertThat(a.metaFile()).contains(corpus.resolve("a-article/meta.properties"));
        ArticleFolder b = scan.articles().get(1);
        assertThat(b.files()).containsOnlyKeys(Language.FR, Language.EN);
        assertThat(b.files().get(Language.FR).getFileName()).hasToString("fr.html");
        assertThat(b.metaFile()).isEmpty();
    }

    @Test
    void folderWithoutFrenchIsRejectedAndTheOthersKept() throws IOException {
        write("only-vi/vi.txt", "x");
        write("good/fr.txt", "x");

        CorpusScan scan = CorpusScanner.scan(corpus);

        assertThat(scan.articles()).extracting(ArticleFolder::id).containsExactly("good");
        assertThat(scan.rejected()).singleElement().satisfies(e -> {
            assertThat(e.articleId()).isEqualTo("only-vi");
            assertThat(e.file()).isNull();
            assertThat(e).hasMessage("article only-vi: no French version (fr.txt or fr.html)");
        });
    }

    @Test
    void textAndHtmlOfOneLanguageIsRejected() throws IOException {
        write("twice/fr.txt", "x");
        write("twice/fr.html", "<p>x</p>");

        CorpusScan scan = CorpusScanner.scan(corpus);

        assertThat(scan.articles()).isEmpty();
        assertThat(scan.rejected()).singleElement().satisfies(e -> {
            assertThat(e.articleId()).isEqualTo("twice");
            assertThat(e).hasMessage("article twice: both fr.txt and fr.html are present; keep only one");
        });
    }

    @Test
    void emptyCorpusHasNoArticles() {
        CorpusScan scan = CorpusScanner.scan(corpus);
        assertThat(scan.articles()).isEmpty();
        assertThat(scan.rejected()).isEmpty();
    }

    private void write(String relative, String content) throws IOException {
        Path file = corpus.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
