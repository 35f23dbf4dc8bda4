package org.songngu.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderStampsTest {

    private static final Instant PAST = Instant.parse("2024-01-01T00:00:00.123456789Z");
    private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");

    @TempDir
    Path corpus;

    @Test
    void stampsTheFolderAndItsArticleFilesByNameWithoutReadingThem() throws IOException {
        write("a/fr.txt", "Bonjour.");
        write("a/vi.html", "<p>Xin chào.</p>");
        write("a/meta.properties", "title=x");
        write("a/notes.txt", "not an article file");
        Files.createDirectory(corpus.resolve("a/en.txt"));
        age();

        String stamp = FolderStamps.of(corpus.resolve("a"), NOW).orElseThrow();

        assertThat(stamp.lines().map(line -> line.substring(0, line.indexOf(' '))))
                .containsExactly(".", "fr.txt", "vi.html", "en.txt", "meta.properties");
        assertThat(stamp)
                .contains("fr.txt f 8 "
                        + (PAST.getEpochSecond() * 1_000_000_000L
                                + Files.getLastModifiedTime(corpus.resolve("a/fr.txt"))
                                        .toInstant()
                                        .getNano())
                        + " ")
                .contains("en.txt d ")
                .doesNotContain("notes.txt");
    }

    @Test
    void aChangeOfSizeOrTimeOrAFileAddedOrReplacedChangesTheStampNotAnEditInPlace() throws IOException {
        write("a/fr.txt", "Bonjour.");
        age();
        String before = FolderStamps.of(corpus.resolve("a"), NOW).orElseThrow();

        write("a/fr.txt", "Bonjour!");
        age();
        assertThat(FolderStamps.of(corpus.resolve("a"), NOW))
                .as("same size, same time: not looked into")
                .contains(before);

        Files.setLastModifiedTime(corpus.resolve("a/fr.txt"), FileTime.from(PAST.plusSeconds(1)));
        assertThat(FolderStamps.of(corpus.resolve("a"), NOW)).isNotEqualTo(java.util.Optional.of(before));

        write("a/fr.txt", "Bonjour tout le monde.");
        age();
        assertThat(FolderStamps.of(corpus.resolve("a"), NOW)).isNotEqualTo(java.util.Optional.of(before));

        // Replaced by another file of the same size and time (an rsync, a save-as-rename): another inode.
        write("a/fr.txt", "Bonjour.");
        age();
        String rewritten = FolderStamps.of(corpus.resolve("a"), NOW).orElseThrow();
        write("other.txt", "Bonjour?");
        Files.move(
                corpus.resolve("other.txt"),
                corpus.resolve("a/fr.txt"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        age();
        assertThat(FolderStamps.of(corpus.resolve("a"), NOW)).isNotEqualTo(java.util.Optional.of(rewritten));

        write("a/en.txt", "Hello.");
        age();
        assertThat(FolderStamps.of(corpus.resolve("a"), NOW).orElseThrow()).contains("en.txt f 6 ");
    }

    @Test
    void aLinkIsStampedWithItsTargetSoThatPointingItElsewhereShows() throws IOException {
        write("shared/one.txt", "Bonjour.");
        write("shared/two.txt", "Salut!!!");
        Files.createDirectories(corpus.resolve("a"));
        Files.createSymbolicLink(corpus.resolve("a/fr.txt"), corpus.resolve("shared/one.txt"));
        Files.createSymbolicLink(corpus.resolve("a/vi.txt"), corpus.resolve("missing.txt"));
        age();
        String before = FolderStamps.of(corpus.resolve("a"), NOW).orElseThrow();
        assertThat(before)
                .containsPattern("fr.txt l \\d+ \\d+ \\S+ -> f 8 ")
                .contains("vi.txt l ")
                .contains("-> missing");

        write("shared/one.txt", "Bonjour tout le monde.");
        age();
        assertThat(FolderStamps.of(corpus.resolve("a"), NOW)).isNotEqualTo(java.util.Optional.of(before));
    }

    @Test
    void aFileModifiedJustBeforeTheStampingIsNotTrusted() throws IOException {
        write("a/fr.txt", "Bonjour.");
        age();
        Files.setLastModifiedTime(corpus.resolve("a/fr.txt"), FileTime.from(NOW.minusMillis(1500)));

        assertThat(FolderStamps.of(corpus.resolve("a"), NOW)).isEmpty();
        assertThat(FolderStamps.of(corpus.resolve("a"), NOW.plusSeconds(1))).isPresent();
    }

    @Test
    void aFolderThatIsGoneHasNoStamp() {
        assertThat(FolderStamps.of(corpus.resolve("gone"), NOW)).isEmpty();
    }

    private void write(String name, String content) throws IOException {
        Path file = corpus.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** Sets every time, of links too, to one moment long past, as if the corpus had been written then. */
    private void age() throws IOException {
        try (var paths = Files.walk(corpus)) {
            for (Path path : paths.toList()) {
                Files.getFileAttributeView(path, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                        .setTimes(FileTime.from(PAST), null, null);
            }
        }
    }
}
