package org.songngu.bench;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.songngu.testing.PostgresTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ReviewScaleFillTest} on a real PostgreSQL server ({@code SONGNGU_TEST_PG_URL}). */
@ActiveProfiles({"test", "postgres"})
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+")
class PostgresReviewScaleFillTest extends ReviewScaleFillTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws java.sql.SQLException {
        PostgresTestDatabase.register(registry);
    }
}
