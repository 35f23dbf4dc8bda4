package org.songngu.batch;

import java.sql.SQLException;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link OneArticleFailsAloneTest} on PostgreSQL, where a statement the database refuses aborts
 * the whole transaction: the failure is recorded all the same, in a transaction of its own.
 */
@ActiveProfiles({"test", "postgres"})
@EnabledIfEnvironmentVariable(named = PostgresAlignmentJobTest.URL_VARIABLE, matches = ".+")
class PostgresOneArticleFailsAloneTest extends OneArticleFailsAloneTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws SQLException {
        PostgresAlignmentJobTest.postgres(registry);
    }
}
