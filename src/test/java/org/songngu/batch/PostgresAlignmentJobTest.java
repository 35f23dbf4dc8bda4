package org.songngu.batch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same job and the same expectations as {@link AlignmentJobIntegrationTest}, on a real
 * PostgreSQL server with the {@code postgres} profile. The server's address comes from
 * {@code SONGNGU_TEST_PG_URL} ({@code .ci/postgres.sh} starts one and CI always sets it;
 * {@link PostgresConfiguredTest} fails in CI when it is missing).
 */
@ActiveProfiles({"test", "postgres"})
@EnabledIfEnvironmentVariable(named = PostgresAlignmentJobTest.URL_VARIABLE, matches = ".+")
class PostgresAlignmentJobTest extends AlignmentJobIntegrationTest {

    static final String URL_VARIABLE = "SONGNGU_TEST_PG_URL";

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws SQLException {
        String url = System.getenv(URL_VARIABLE);
        String user = System.getenv().getOrDefault("SONGNGU_TEST_PG_USER", "songngu");
        String password = System.getenv().getOrDefault("SONGNGU_TEST_PG_PASSWORD", "songngu");
        emptySchema(url, user, password);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> user);
        registry.add("spring.datasource.password", () -> password);
    }

    /** Starts from an empty database so that the first run processes every article. */
    private static void emptySchema(String url, String user, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
    }
}
