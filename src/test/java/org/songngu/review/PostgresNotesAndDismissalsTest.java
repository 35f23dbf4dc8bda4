package org.songngu.review;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.songngu.testing.PostgresTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link NotesAndDismissalsTest} on a real PostgreSQL server ({@code SONGNGU_TEST_PG_URL}, as the
 * other PostgreSQL tests): the new columns and table (V70, V71), the dismissal's SUBSTRING match and
 * the notes' round trip through TMX, migrated from an empty schema.
 */
@ActiveProfiles({"test", "postgres"})
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+")
class PostgresNotesAndDismissalsTest extends NotesAndDismissalsTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws java.sql.SQLException {
        PostgresTestDatabase.register(registry);
    }
}
