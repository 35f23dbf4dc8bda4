package org.songngu.review;

import java.sql.SQLException;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.songngu.testing.PostgresTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every review action of {@link BeadActionsTest}, concurrent ones included, on PostgreSQL: READ
 * COMMITTED and {@code SELECT ... FOR UPDATE} behave otherwise than H2's, and production runs there.
 */
@ActiveProfiles({"test", "postgres"})
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+")
class PostgresBeadActionsTest extends BeadActionsTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws SQLException {
        PostgresTestDatabase.register(registry);
    }
}
