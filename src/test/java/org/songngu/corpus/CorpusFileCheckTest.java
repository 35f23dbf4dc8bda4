package org.songngu.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Article files and folders that lead outside the corpus, or are not files, are refused by name. */
@EnabledOnOs(OS.LINUX)
class CorpusFileCheckTest {

    @TempDir
    Path work;

    private Path corpus;

    private Path corpus() throws IOException {
        if (corpus == null) {
            corpus = Files.createDirectories(work.resolve("corpus"));
        }
        return corpus;
    }

    private Path write(String name, String text) throws IOException {
        Path file = corpus().resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private Path link(String name, Path target) throws IOException {
        Path link = corpus().resolve(name);
        Files.createDirectories(link.getParent());
        return Files.createSymbolicLink(link, target);
    }

    @Test
    void aFileLinkedOutsideTheCorpusIsRefusedAndTheOthersKept() throws IOException {
        link("x/fr.txt", Path.of("/etc/passwd"));
        link("environ/fr.txt", Path.of("/proc/self/environ"));
        link("zero/fr.txt", Path.of("/dev/zero"));
        write("meta-out/fr.txt", "Bonjour.");
        link("meta-out/meta.properties", Path.of("/etc/hostname"));
        Files.writeString(work.resolve("secret.txt"), "outside");
        link("relative/fr.txt", Path.of("../../secret.txt"));
        write("good/fr.txt", "Bonjour.");

        CorpusScan scan = CorpusScanner.scan(corpus());

        assertThat(scan.articles()).extracting(ArticleFolder::id).containsExactly("good");
        assertThat(scan.rejected())
                .extracting(Throwable::getMessage)
                .containsExactly(
                        "article environ, fr.txt: links outside the corpus",
                        "article meta-out, meta.properties: links outside the corpus",
                        "article relative, fr.txt: links outside the corpus",
                        "article x, fr.txt: links outside the corpus",
                        "article zero, fr.txt: links outside the corpus");
    }

    @Test
    void aFolderLinkedOutsideTheCorpusOrToItIsRefused() throws IOException {
        Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("fr.txt"), "Bonjour.");
        link("away", elsewhere);
        link("itself", Path.of("."));

        CorpusScan scan = CorpusScanner.scan(corpus());

        assertThat(scan.articles()).isEmpty();
        assertThat(scan.rejected())
                .extracting(Throwable::getMessage)
                .containsExactly("article away: links outside the corpus", "article itself: links outside the corpus");
    }

    @Test
    void linksThatStayInsideTheCorpusAreFollowed() throws IOException {
        write(".sources/shared-fr.txt", "Bonjour.");
        write("b/fr.txt", "Salut.");
        link("a/fr.txt", Path.of("../.sources/shared-fr.txt"));
        link("a/vi.txt", corpus().resolve("b/fr.txt"));
        link("c", corpus().resolve("b"));

        CorpusScan scan = CorpusScanner.scan(corpus());

        assertThat(scan.rejected()).isEmpty();
        assertThat(scan.articles()).extracting(ArticleFolder::id).containsExactly("a", "b", "c");
        assertThat(new ArticleReader(IngestSettings.defaults())
                        .read(scan.articles().get(0))
                        .versions())
                .hasSize(2);
    }

    @Test
    void aFifoIsRefusedWithoutBeingOpened() throws Exception {
        Path dir = Files.createDirectories(corpus().resolve("pipe"));
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("fr.txt").toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");

        CorpusScan scan = CorpusScanner.scan(corpus());

        assertThat(scan.rejected())
                .extracting(Throwable::getMessage)
                .containsExactly("article pipe, fr.txt: is not a regular file (a device, FIFO or socket)");
    }

    @Test
    void aDanglingLinkOrAFolderInPlaceOfAFileIsNamed() throws IOException {
        link("dangling/fr.txt", Path.of("missing.txt"));
        Files.createDirectories(corpus().resolve("folder/fr.txt"));

        CorpusScan scan = CorpusScanner.scan(corpus());

        assertThat(scan.rejected())
                .extracting(Throwable::getMessage)
                .containsExactly(
                        "article dangling, fr.txt: links to a missing file",
                        "article folder, fr.txt: is a folder, not a file");
    }

    @Test
    void theReaderChecksAgainWhatChangedSinceTheScan() throws IOException {
        Path file = write("late/fr.txt", "Bonjour.");
        ArticleFolder folder = CorpusScanner.scan(corpus()).articles().get(0);
        Files.delete(file);
        Files.createSymbolicLink(file, Path.of("/etc/passwd"));

        assertThatThrownBy(() -> new ArticleReader(IngestSettings.defaults()).read(folder))
                .isInstanceOf(ArticleInputException.class)
                .hasMessage("article late, fr.txt: links outside the corpus");
    }
}
