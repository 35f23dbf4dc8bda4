package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.songngu.store.AlignmentModelStore;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The model step learns only when something will read the model: with no article to align (a
 * no-op rerun) it keeps the current version even when the store holds material enough for a new
 * one, and the next run with an article pending learns it.
 */
@SpringBootTest
@ActiveProfiles("test")
class ModelStepTest {

    @Autowired
    JobRepository jobRepository;

    @Autowired
    JobOperator jobOperator;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AlignmentModelStore models;

    @Autowired
    Step modelStep;

    private int pinned;

    @BeforeEach
    void storeMaterialEnoughToRelearn() {
        // A current version learned from one training bead: the store's four approved 1-1 beads make it due.
        pinned = models.save(1, 1, Map.of());
        jdbc.sql("INSERT INTO article (id, status, content_hash, updated_at) VALUES ('modelstep-a', 'ALIGNED', 'h', ?)")
                .param(Timestamp.from(Instant.now()))
                .update();
        for (int i = 0; i < 4; i++) {
            jdbc.sql("""
                    INSERT INTO bead (article_id, lang_pair, idx, src_start, src_end, tgt_start, tgt_end,
                                      src_text, tgt_text, confidence, status, version, updated_at)
                    VALUES ('modelstep-a', 'fr-vi', ?, ?, ?, ?, ?, ?, ?, 0.99, 'APPROVED', 1, ?)""")
                    .params(
                            i,
                            i,
                            i + 1,
                            i,
                            i + 1,
                            "La province numéro " + i + ".",
                            "Tỉnh số " + i + ".",
                            Timestamp.from(Instant.now()))
                    .update();
        }
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM article WHERE id LIKE 'modelstep-%'").update();
        jdbc.sql("DELETE FROM align_model WHERE version >= ?").param(pinned).update();
    }

    @Test
    void learnsOnlyWhenAnArticleAwaitsAlignment() throws Exception {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article WHERE status = 'SEGMENTED'")
                        .query(Integer.class)
                        .single())
                .as("precondition: nothing else pending in the shared test database")
                .isZero();

        assertThat(runModelStep(false)).isEqualTo(BatchStatus.COMPLETED);
        assertThat(currentVersion()).as("nothing to align: kept").isEqualTo(pinned);

        assertThat(runModelStep(true)).isEqualTo(BatchStatus.COMPLETED);
        assertThat(currentVersion())
                .as("realigning pending articles reads the model: learned")
                .isEqualTo(pinned + 1);

        jdbc.sql("INSERT INTO article (id, status, content_hash, updated_at) VALUES ('modelstep-b', "
                        + "'SEGMENTED', 'h', ?)")
                .param(Timestamp.from(Instant.now()))
                .update();
        models.save(1, 1, Map.of());
        assertThat(runModelStep(false)).isEqualTo(BatchStatus.COMPLETED);
        assertThat(currentVersion()).as("an article to align: learned").isEqualTo(pinned + 3);
    }

    private BatchStatus runModelStep(boolean realign) throws Exception {
        Job job =
                new JobBuilder("modelStepOnly", jobRepository).start(modelStep).build();
        return jobOperator
                .start(
                        job,
                        new JobParametersBuilder()
                                .addString("run", UUID.randomUUID().toString())
                                .addString("realignPending", String.valueOf(realign))
                                .toJobParameters())
                .getStatus();
    }

    private int currentVersion() {
        return models.current().orElseThrow().version();
    }
}
