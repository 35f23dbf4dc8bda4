package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A run's snapshot keeps ids and stamps, not folders (issue 15: flat memory): each folder is found
 * again when its item is read, and one changed since the scan into no article fails alone.
 */
@SpringBootTest
@ActiveProfiles("test")
class CorpusSnapshotsTest {

    private static final long EXECUTION = -15L;

    @Autowired
    CorpusSnapshots snapshots;

    @TempDir
    Path work;

    @Test
    void aFolderIsFoundAgainWhenItsItemIsReadAndOneChangedSinceTheScanFailsAlone() throws Exception {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        for (String id : List.of("a-kept", "b-changed")) {
            Files.createDirectories(corpus.resolve(id));
            Files.writeString(
                    corpus.resolve(id).resolve("fr.txt"),
                    "Le Comité populaire provincial a tenu une réunion sur la réforme administrative.\n");
        }
        try {
            assertThat(snapshots.size(EXECUTION, corpus)).isEqualTo(2);
            Files.delete(corpus.resolve("b-changed/fr.txt"));

            PositionReader reader = snapshots.reader(EXECUTION, corpus, 0, 2);
            reader.open(new ExecutionContext());
            List<CorpusItem> items = new ArrayList<>();
            for (CorpusItem item = reader.read(); item != null; item = reader.read()) {
                items.add(item);
            }

            assertThat(items).hasSize(2);
            assertThat(items.get(0)).isInstanceOfSatisfying(CorpusItem.ToRead.class, toRead -> {
                assertThat(toRead.folder().dir()).isEqualTo(corpus.resolve("a-kept"));
                assertThat(toRead.folder().files()).containsKey(org.songngu.corpus.Language.FR);
            });
            assertThat(items.get(1)).isInstanceOfSatisfying(CorpusItem.Rejected.class, rejected -> {
                assertThat(rejected.articleId()).isEqualTo("b-changed");
                assertThat(rejected.reason()).isEqualTo("no French version (fr.txt or fr.html)");
                assertThat(rejected.stamping().keepStored()).isFalse();
            });
        } finally {
            snapshots.release(EXECUTION);
        }
    }
}
