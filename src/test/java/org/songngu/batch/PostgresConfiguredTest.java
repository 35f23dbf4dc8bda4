package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** In CI the PostgreSQL tests must run, never skip: this fails when CI forgot to start the server. */
@EnabledIfEnvironmentVariable(named = "CI", matches = "true")
class PostgresConfiguredTest {

    @Test
    void ciProvidesAPostgresServer() {
        assertThat(System.getenv(PostgresAlignmentJobTest.URL_VARIABLE))
                .as("CI must start PostgreSQL (.ci/postgres.sh) and export " + PostgresAlignmentJobTest.URL_VARIABLE)
                .isNotBlank();
    }
}
