package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.songngu.corpus.LanguagePair;
import org.songngu.store.ArticleStore;
import org.songngu.store.BeadRow;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The align step's writer when the database refuses one article of a chunk. */
@SpringBootTest
@ActiveProfiles("test")
class AlignedArticleWriterTest {

    private static final long EXECUTION = 987_654_321L;

    @Autowired
    ArticleStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM article WHERE id LIKE 'writer-%'").update();
        jdbc.sql("DELETE FROM run_article WHERE job_execution_id = ?")
                .param(EXECUTION)
                .update();
    }

    @Test
    void anArticleTheDatabaseRefusesFailsAloneAndTheRestOfTheChunkIsStored() throws Exception {
        for (String id : List.of("writer-a", "writer-b", "writer-c")) {
            jdbc.sql("INSERT INTO article (id, status, content_hash, updated_at) VALUES (?, 'SEGMENTED', 'h', ?)")
                    .params(id, Timestamp.from(Instant.now()))
                    .update();
        }
        BeadRow one = new BeadRow(0, 0, 1, 0, 1, "Un.", "Một.", 0.9);
        // two beads at the same position: only the database's unique constraint refuses them
        BeadRow clash = new BeadRow(0, 1, 2, 1, 2, "Deux.", "Hai.", 0.9);
        AlignedArticleWriter writer = new AlignedArticleWriter(store, EXECUTION, new StageTimes(), transactionManager);

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            try {
                writer.write(Chunk.of(
                        new AlignedArticle("writer-a", Map.of(LanguagePair.FR_VI, List.of(one)), 7, false),
                        new AlignedArticle("writer-b", Map.of(LanguagePair.FR_VI, List.of(one, clash)), 7, false),
                        new AlignedArticle("writer-c", Map.of(LanguagePair.FR_EN, List.of(one)), 7, false)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(status("writer-a")).isEqualTo("ALIGNED");
        assertThat(status("writer-c")).isEqualTo("ALIGNED");
        assertThat(status("writer-b")).isEqualTo("SEGMENTED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bead WHERE article_id = 'writer-b'")
                        .query(Integer.class)
                        .single())
                .as("the refused article's writes are rolled back")
                .isZero();
        assertThat(jdbc.sql("SELECT last_error FROM article WHERE id = 'writer-b'")
                        .query(String.class)
                        .single())
                .startsWith("storing the alignment failed: ")
                .doesNotContain("\n");
        assertThat(jdbc.sql("SELECT outcome FROM run_article WHERE job_execution_id = ? AND article_id = 'writer-b'")
                        .param(EXECUTION)
                        .query(String.class)
                        .single())
                .isEqualTo("FAILED");
        assertThat(jdbc.sql("SELECT model_version FROM article WHERE id = 'writer-a'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(7);
    }

    private String status(String id) {
        return jdbc.sql("SELECT status FROM article WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
