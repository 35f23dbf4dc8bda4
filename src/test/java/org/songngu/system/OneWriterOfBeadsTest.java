package org.songngu.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code store/BeadStore} is the one writer of {@code bead} and {@code retired_bead}: the job, the
 * reviewers and the TMX import go through it and take its article lock. ArchUnit sees calls, not
 * SQL, so this rule reads the sources for a statement that writes either table elsewhere.
 */
class OneWriterOfBeadsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path OWNER = SOURCES.resolve("org/songngu/store/BeadStore.java");
    private static final Pattern WRITES_BEADS = Pattern.compile(
            "\\b(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|MERGE\\s+INTO|TRUNCATE(\\s+TABLE)?)\\s+(retired_)?bead\\b",
            Pattern.CASE_INSENSITIVE);

    @Test
    void onlyTheBeadStoreWritesBeads() throws IOException {
        List<String> writers;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            writers = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.equals(OWNER))
                    .filter(OneWriterOfBeadsTest::writesBeads)
                    .map(Path::toString)
                    .toList();
        }
        assertThat(writers)
                .as("classes writing bead rows themselves; go through BeadStore")
                .isEmpty();
    }

    @Test
    void theRuleSeesAWriteWhereverItIsWritten() throws IOException {
        assertThat(writesBeads(OWNER)).isTrue();
        assertThat(WRITES_BEADS
                        .matcher("jdbc.update(\"delete from retired_bead where id = ?\")")
                        .find())
                .isTrue();
        assertThat(WRITES_BEADS
                        .matcher("\"\"\"\n    INSERT INTO bead (article_id)")
                        .find())
                .isTrue();
        assertThat(WRITES_BEADS
                        .matcher("SELECT id FROM bead WHERE article_id = ?")
                        .find())
                .isFalse();
        assertThat(WRITES_BEADS.matcher("UPDATE bead_change SET x = 1").find()).isFalse();
    }

    private static boolean writesBeads(Path file) {
        try {
            return WRITES_BEADS.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
