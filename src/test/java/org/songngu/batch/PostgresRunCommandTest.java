package org.songngu.batch;

import java.sql.SQLException;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.songngu.testing.PostgresTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The run command of {@link RunCommandTest} on PostgreSQL: the run lock (refused second run, lock
 * of a killed process taken over) and one failing article among good ones, where the database
 * differs from H2 in locking and in how a failed statement aborts its transaction.
 */
@ActiveProfiles({"test", "postgres"})
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+")
class PostgresRunCommandTest extends RunCommandTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws SQLException {
        PostgresTestDatabase.register(registry);
    }
}
