package org.songngu.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL server of the {@code postgres}-profile tests: its address comes from
 * {@code SONGNGU_TEST_PG_URL} ({@code .ci/postgres.sh} starts one and CI always sets it;
 * {@code PostgresConfiguredTest} fails in CI when it is missing), user and password from
 * {@code SONGNGU_TEST_PG_USER} / {@code SONGNGU_TEST_PG_PASSWORD} (default {@code songngu}).
 */
public final class PostgresTestDatabase {

    /** The variable that enables the PostgreSQL tests ({@code @EnabledIfEnvironmentVariable}). */
    public static final String URL_VARIABLE = "SONGNGU_TEST_PG_URL";

    private PostgresTestDatabase() {}

    /**
     * Points the test's application context at the server, after emptying its schema so that the
     * context's Flyway migrates from nothing and no other test class's rows remain.
     */
    public static void register(DynamicPropertyRegistry registry) throws SQLException {
        String url = System.getenv(URL_VARIABLE);
        String user = System.getenv().getOrDefault("SONGNGU_TEST_PG_USER", "songngu");
        String password = System.getenv().getOrDefault("SONGNGU_TEST_PG_PASSWORD", "songngu");
        empty(url, user, password);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> user);
        registry.add("spring.datasource.password", () -> password);
    }

    /** Drops everything in the database's public schema (tests that start from nothing). */
    public static void empty(String url, String user, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
    }
}
