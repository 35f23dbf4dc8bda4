package org.songngu.review;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.songngu.testing.PostgresTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link SearchResultsTest} on a real PostgreSQL server ({@code SONGNGU_TEST_PG_URL}): the search
 * feed and the database's identity (V105), the final {@code LIKE} and the order of the results.
 */
@ActiveProfiles({"test", "postgres"})
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+")
class PostgresSearchResultsTest extends SearchResultsTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws java.sql.SQLException {
        PostgresTestDatabase.register(registry);
    }
}
