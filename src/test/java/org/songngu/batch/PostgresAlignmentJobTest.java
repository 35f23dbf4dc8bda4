package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.songngu.corpus.LanguagePair;
import org.songngu.review.BeadActions;
import org.songngu.review.BeadConflictException;
import org.songngu.testing.PostgresTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same job and the same expectations (plus the review's writes) as {@link AlignmentJobIntegrationTest}, on a real
 * PostgreSQL server with the {@code postgres} profile ({@link PostgresTestDatabase}).
 */
@ActiveProfiles({"test", "postgres"})
@EnabledIfEnvironmentVariable(named = PostgresAlignmentJobTest.URL_VARIABLE, matches = ".+")
class PostgresAlignmentJobTest extends AlignmentJobIntegrationTest {

    static final String URL_VARIABLE = PostgresTestDatabase.URL_VARIABLE;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws SQLException {
        PostgresTestDatabase.register(registry);
    }

    @Autowired
    BeadActions actions;

    /** The review's writes on PostgreSQL: optimistic locking, merge and undo keep every sentence once. */
    @Test
    void reviewActionsWorkOnPostgres() {
        long first = beadId(0);
        actions.approve(first, 0, "pg-reviewer");

        assertThatThrownBy(() -> actions.approve(first, 0, "pg-other")).isInstanceOf(BeadConflictException.class);
        assertThat(jdbc.sql("SELECT status || ' ' || version || ' ' || updated_by FROM bead WHERE id = ?")
                        .param(first)
                        .query(String.class)
                        .single())
                .isEqualTo("APPROVED 1 pg-reviewer");

        long second = beadId(1);
        int beadsBefore = beadCount();
        actions.mergeWithNext(second, 0, 0, "pg-reviewer");
        assertThat(beadCount()).isEqualTo(beadsBefore - 1);
        actions.undo("thai-binh-dan-van", LanguagePair.FR_VI, "pg-reviewer");
        assertThat(beadCount()).isEqualTo(beadsBefore);
        assertThat(jdbc.sql("SELECT SUM(src_end - src_start) FROM bead WHERE article_id = 'thai-binh-dan-van' "
                                + "AND lang_pair = 'fr-vi'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(
                        jdbc.sql("SELECT COUNT(*) FROM sentence WHERE article_id = 'thai-binh-dan-van' AND lang = 'fr'")
                                .query(Integer.class)
                                .single());
    }

    private long beadId(int index) {
        return jdbc.sql("SELECT id FROM bead WHERE article_id = 'thai-binh-dan-van' AND lang_pair = 'fr-vi' AND idx "
                        + "= ?")
                .param(index)
                .query(Long.class)
                .single();
    }

    private int beadCount() {
        return jdbc.sql("SELECT COUNT(*) FROM bead WHERE article_id = 'thai-binh-dan-van' AND lang_pair = 'fr-vi'")
                .query(Integer.class)
                .single();
    }
}
