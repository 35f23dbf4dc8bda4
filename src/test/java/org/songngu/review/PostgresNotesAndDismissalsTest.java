package org.songngu.review;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link NotesAndDismissalsTest} on a real PostgreSQL server ({@code SONGNGU_TEST_PG_URL}, as the
 * other PostgreSQL tests): the new columns and table (V70, V71), the dismissal's SUBSTRING match and
 * the notes' round trip through TMX. The schema is migrated as it is; the test's rows are its own.
 */
@ActiveProfiles({"test", "postgres"})
@EnabledIfEnvironmentVariable(named = "SONGNGU_TEST_PG_URL", matches = ".+")
class PostgresNotesAndDismissalsTest extends NotesAndDismissalsTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getenv("SONGNGU_TEST_PG_URL"));
        registry.add("spring.datasource.username", () -> System.getenv().getOrDefault("SONGNGU_TEST_PG_USER", "songngu"));
        registry.add("spring.datasource.password",
                () -> System.getenv().getOrDefault("SONGNGU_TEST_PG_PASSWORD", "songngu"));
    }
}
