package org.songngu.system;

import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Commands start the application with lazy initialisation, so that each builds only the beans it
 * uses ({@code export-tmx} neither reads the glossary nor starts LanguageTool). The schema
 * migration is the exception: it must run before any command touches a table.
 */
@Configuration
class LazyStartConfiguration {

    @Bean
    static LazyInitializationExcludeFilter migrateBeforeAnyQuery() {
        return LazyInitializationExcludeFilter.forBeanTypes(FlywayMigrationInitializer.class);
    }
}
