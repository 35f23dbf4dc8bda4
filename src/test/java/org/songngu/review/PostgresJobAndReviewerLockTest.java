package org.songngu.review;

import java.sql.SQLException;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.songngu.testing.PostgresTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link JobAndReviewerLockTest} on PostgreSQL, where production runs and row locks are PostgreSQL's. */
@ActiveProfiles({"test", "postgres"})
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+")
class PostgresJobAndReviewerLockTest extends JobAndReviewerLockTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws SQLException {
        PostgresTestDatabase.register(registry);
    }
}
