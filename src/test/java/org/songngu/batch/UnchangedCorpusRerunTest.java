package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import picocli.CommandLine;

/**
 * Issue 15, point 5: a run over a corpus whose folders all show the stamps (sizes, modification
 * times, inodes) stored by the last run reads no file; a changed stamp makes the run read (and hash)
 * again, and so does an article that main would ingest again with unchanged files (an older ingest
 * version here; a metadata line put back in {@link MetadataRerunTest}, whose files are dated in the past).
 */
@SpringBootTest
@ActiveProfiles("test")
class UnchangedCorpusRerunTest {

    private static final Instant PAST = Instant.parse("2024-01-01T00:00:00Z");
    private static final String FRENCH = """
            Le Comité populaire provincial a tenu une réunion le %1$d mars 2024 pour examiner le budget des communes \
            rurales.

            Les délégués ont approuvé le plan de développement des routes et des écoles de la province pour le %1$d \
            avril.
            """;
    private static final String VIETNAMESE = """
            Ngày %1$d/3/2024, Ủy ban nhân dân tỉnh tổ chức cuộc họp để xem xét ngân sách của các xã nông thôn.

            Các đại biểu đã thông qua kế hoạch phát triển đường giao thông và trường học của tỉnh cho ngày %1$d/4.
            """;

    @Autowired
    RunCommand command;

    @Autowired
    CorpusChanges changes;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path corpus;

    @Test
    void anUnchangedCorpusIsNotReadAgainAndAChangedStampIsRead() throws IOException {
        write("rerun-a/fr.txt", FRENCH.formatted(1));
        write("rerun-a/vi.txt", VIETNAMESE.formatted(1));
        write("rerun-b/fr.txt", FRENCH.formatted(2));
        write("rerun-b/vi.txt", VIETNAMESE.formatted(2));
        write("rerun-bad/vi.txt", VIETNAMESE.formatted(3));
        age();
        assertThat(run().output())
                .contains(
                        "processed rerun-a",
                        "processed rerun-b",
                        "failed rerun-bad: no French version (fr.txt or fr.html)");
        assertThat(changes.anythingToDo(corpus)).isFalse();

        // Same size, same time, other words: a run that compares stamps does not read it (and says so).
        String sameSize = FRENCH.formatted(1).replace("budget", "BUDGET");
        write("rerun-a/fr.txt", sameSize);
        age();
        Result unchanged = run();
        assertThat(unchanged.output())
                .containsPattern("(?m)^unchanged rerun-a$")
                .containsPattern("(?m)^unchanged rerun-b$")
                .containsPattern("(?m)^failed rerun-bad: no French version \\(fr.txt or fr.html\\)$")
                .containsPattern("(?m)^run \\d+ completed: 0 processed, 2 unchanged, 1 failed$");
        assertThat(unchanged.exitCode()).isEqualTo(1);
        assertThat(sentences("rerun-a")).noneMatch(text -> text.contains("BUDGET"));

        // A new modification time: the corpus is read again, the hash tells the change.
        Files.setLastModifiedTime(corpus.resolve("rerun-a/fr.txt"), FileTime.from(PAST.plusSeconds(60)));
        assertThat(changes.anythingToDo(corpus)).isTrue();
        assertThat(run().output())
                .containsPattern("(?m)^processed rerun-a$")
                .containsPattern("(?m)^unchanged rerun-b$");
        assertThat(sentences("rerun-a")).anyMatch(text -> text.contains("BUDGET"));
        assertThat(changes.anythingToDo(corpus)).isFalse();
    }

    @Test
    void aTouchedFileWithTheSameContentIsUnchangedAndItsNewStampIsKept() throws IOException {
        write("touched/fr.txt", FRENCH.formatted(5));
        write("touched/vi.txt", VIETNAMESE.formatted(5));
        age();
        assertThat(run().output()).contains("processed touched");

        Files.setLastModifiedTime(corpus.resolve("touched/vi.txt"), FileTime.from(PAST.plusSeconds(3600)));
        assertThat(changes.anythingToDo(corpus)).isTrue();
        assertThat(run().output()).containsPattern("(?m)^unchanged touched$");
        assertThat(changes.anythingToDo(corpus)).isFalse();
    }

    @Test
    void aBadFileFixedBackToWhatWasStoredClearsItsError() throws IOException {
        write("fixed/fr.txt", FRENCH.formatted(6));
        write("fixed/vi.txt", VIETNAMESE.formatted(6));
        age();
        assertThat(run().exitCode()).isZero();

        Files.write(corpus.resolve("fixed/vi.txt"), new byte[] {'x', (byte) 0xC3, (byte) 0x28, 'y'});
        age();
        assertThat(run().output()).containsPattern("(?m)^failed fixed: vi.txt: not valid UTF-8");
        assertThat(run().output())
                .as("unchanged since it failed: reported failed, not read")
                .containsPattern("(?m)^failed fixed: vi.txt: not valid UTF-8");

        write("fixed/vi.txt", VIETNAMESE.formatted(6));
        age();
        Result repaired = run();
        assertThat(repaired.output()).containsPattern("(?m)^unchanged fixed$");
        assertThat(repaired.exitCode()).isZero();
        assertThat(run().output()).as("and the next run, not reading, agrees").containsPattern("(?m)^unchanged fixed$");
    }

    @Test
    void aFileModifiedAsItIsStampedIsReadAgainNextTime() throws IOException {
        write("fresh/fr.txt", FRENCH.formatted(7));
        write("fresh/vi.txt", VIETNAMESE.formatted(7));
        // Dated later than the stamping, whatever the machine's speed (FolderStampsTest has the bound).
        Files.setLastModifiedTime(
                corpus.resolve("fresh/vi.txt"), FileTime.from(Instant.now().plusSeconds(86_400)));
        assertThat(run().output()).contains("processed fresh");

        // Its stamp could not be trusted yet (a writer might change it again within the same tick).
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article_folder WHERE article_id = 'fresh'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(changes.anythingToDo(corpus)).isTrue();
    }

    @Test
    void aFolderRefusedForALinkOutsideTheCorpusStaysRefusedUntilTheLinkChanges(@TempDir Path outside)
            throws IOException {
        write("linked/fr.txt", FRENCH.formatted(8));
        write("linked/vi.txt", VIETNAMESE.formatted(8));
        Files.writeString(outside.resolve("secret.txt"), "root:x:0:0");
        Files.setLastModifiedTime(outside.resolve("secret.txt"), FileTime.from(PAST));
        Files.delete(corpus.resolve("linked/vi.txt"));
        Files.createSymbolicLink(corpus.resolve("linked/vi.txt"), outside.resolve("secret.txt"));
        age();
        String refused = "(?m)^failed linked: vi.txt: links outside the corpus$";
        assertThat(run().output()).containsPattern(refused);
        assertThat(changes.anythingToDo(corpus)).isFalse();

        Result again = run();
        assertThat(again.output()).as("not read, reported as it was").containsPattern(refused);
        assertThat(again.exitCode()).isEqualTo(1);

        // The link made to point inside the corpus: the folder changed, it is read and stored.
        Files.delete(corpus.resolve("linked/vi.txt"));
        write("linked/vi.txt", VIETNAMESE.formatted(8));
        age();
        assertThat(changes.anythingToDo(corpus)).isTrue();
        assertThat(run().output()).containsPattern("(?m)^processed linked$");
    }

    @Test
    void anArticleOfAnOlderIngestVersionIsReadAgainThoughItsFilesDidNotChange() throws IOException {
        write("old-version/fr.txt", FRENCH.formatted(9));
        write("old-version/vi.txt", VIETNAMESE.formatted(9));
        age();
        assertThat(run().output()).contains("processed old-version");
        assertThat(changes.anythingToDo(corpus)).isFalse();

        jdbc.sql("UPDATE article SET ingest_version = ? WHERE id = 'old-version'")
                .param(org.songngu.corpus.IngestVersion.CURRENT - 1)
                .update();
        assertThat(changes.anythingToDo(corpus)).isTrue();
        assertThat(run().output())
                .containsPattern("(?m)^processed old-version: redone: segmented and aligned again "
                        + "by the current ingest pipeline \\(version \\d+\\); its files did not change and "
                        + "no bead was reviewed$")
                .containsPattern(
                        "(?m)^run \\d+ completed: 1 processed \\(1 redone after a pipeline change\\), 0 unchanged, "
                                + "0 failed$");
        assertThat(run().output()).containsPattern("(?m)^unchanged old-version$");
    }

    private java.util.List<String> sentences(String article) {
        return jdbc.sql("SELECT content FROM sentence WHERE article_id = ? AND lang = 'fr'")
                .param(article)
                .query(String.class)
                .list();
    }

    private Result run() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        int exitCode = commandLine.execute("--corpus", corpus.toString());
        return new Result(exitCode, out.toString());
    }

    private void write(String name, String content) throws IOException {
        Path file = corpus.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** Every file, folder and link dated one moment long past, as if written then. */
    private void age() throws IOException {
        try (var paths = Files.walk(corpus)) {
            for (Path path : paths.toList()) {
                Files.getFileAttributeView(
                                path,
                                java.nio.file.attribute.BasicFileAttributeView.class,
                                java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        .setTimes(FileTime.from(PAST), null, null);
            }
        }
    }

    private record Result(int exitCode, String output) {}
}
