package org.songngu.store;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.songngu.testing.PostgresTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link SearchIndexTest} on a real PostgreSQL server ({@code SONGNGU_TEST_PG_URL}): the V100 word
 * index in its "C" collation, LIKE word starts and the article order of the database.
 */
@ActiveProfiles({"test", "postgres"})
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+")
class PostgresSearchIndexTest extends SearchIndexTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws java.sql.SQLException {
        PostgresTestDatabase.register(registry);
    }
}
