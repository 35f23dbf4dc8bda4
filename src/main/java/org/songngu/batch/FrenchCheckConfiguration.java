package org.songngu.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.songngu.glossary.Glossary;
import org.songngu.glossary.GlossaryCsvReader;
import org.songngu.glossary.GlossaryLoad;
import org.songngu.quality.CheckFrenchCommand;
import org.songngu.quality.FindingStore;
import org.songngu.quality.FrenchChecker;
import org.songngu.quality.QualitySettings;
import org.songngu.system.SongnguProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The glossary and the French checker, from the application's settings: everything
 * {@code check-french} needs and nothing that touches a database, so that the command line can
 * start this configuration alone (no Flyway, no H2) while the job gets the same beans.
 */
@Configuration
public class FrenchCheckConfiguration {

    private static final Logger log = LoggerFactory.getLogger(FrenchCheckConfiguration.class);

    /**
     * The glossary, read leniently: a bad row or an unreadable file is left out and logged (it
     * weakens alignment and checks but should not stop a scheduled run). A configured glossary
     * that does not exist at all is an error: running from another folder must not silently lose
     * the terminology. An empty {@code songngu.glossary} means no glossary, on purpose.
     */
    @Bean
    GlossaryLoad glossaryLoad(SongnguProperties properties) {
        return readGlossary(properties);
    }

    /**
     * {@link #glossaryLoad}'s work, for {@code check-french}, which starts no application context.
     *
     * @throws MissingGlossaryException when a configured glossary does not exist
     */
    public static GlossaryLoad readGlossary(SongnguProperties properties) {
        Path path = properties.glossaryPath();
        if (isNone(path)) {
            return new GlossaryLoad(Glossary.empty(), List.of());
        }
        requireGlossary(path);
        GlossaryLoad load = new GlossaryCsvReader().readLenient(path);
        load.messages().forEach(message -> log.warn("left out of the glossary: {}", message));
        return load;
    }

    /** An empty {@code songngu.glossary}: no glossary, on purpose. */
    public static boolean isNone(Path glossary) {
        return glossary == null || glossary.toString().isEmpty();
    }

    /**
     * Fails when a configured glossary does not exist. The command line also calls it as soon as
     * the settings are read, before the database is opened.
     *
     * @throws MissingGlossaryException saying what to do
     */
    public static void requireGlossary(Path glossary) {
        if (!isNone(glossary) && !Files.exists(glossary)) {
            throw new MissingGlossaryException(glossary);
        }
    }

    @Bean
    Glossary glossary(GlossaryLoad glossaryLoad) {
        return glossaryLoad.glossary();
    }

    @Bean
    QualitySettings qualitySettings(SongnguProperties properties) {
        return settingsOf(properties);
    }

    /** The French check's settings: the configured ones, the defaults for those unset. */
    public static QualitySettings settingsOf(SongnguProperties properties) {
        SongnguProperties.Quality configured = properties.quality();
        QualitySettings defaults = QualitySettings.defaults();
        return new QualitySettings(
                configured.disabledRules() == null ? defaults.disabledRules() : Set.copyOf(configured.disabledRules()),
                configured.disabledCategories() == null
                        ? defaults.disabledCategories()
                        : Set.copyOf(configured.disabledCategories()),
                configured.articleTimeout() == null ? defaults.articleTimeout() : configured.articleTimeout(),
                configured.cacheSize() < 0 ? defaults.cacheSize() : configured.cacheSize(),
                configured.threads() <= 0 ? defaults.threads() : configured.threads());
    }

    /**
     * The checker; with the database's {@link FindingStore} when the application has one (the job
     * and the web application), without it for {@code check-french}.
     */
    @Bean(destroyMethod = "close")
    FrenchChecker frenchChecker(
            QualitySettings settings,
            Glossary glossary,
            ObjectProvider<FindingStore> store,
            SongnguProperties properties) {
        FrenchChecker checker = FrenchChecker.forGlossary(settings, glossary, List.of(), store.getIfAvailable());
        if (!properties.quality().warmUp()) {
            // check-french: the first check starts one LanguageTool, a long input a second.
            return checker;
        }
        // LanguageTool takes seconds to load: start now, off the path of the first article.
        Thread warmUp = new Thread(checker::warmUp, "french-check-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        return checker;
    }

    /** {@code check-french}, with the job's checker and so the job's settings. */
    @Bean
    CheckFrenchCommand checkFrenchCommand(FrenchChecker checker) {
        return new CheckFrenchCommand(checker);
    }

    /** {@code songngu.glossary} names nothing: what is wrong and how to fix it, in one line. */
    public static final class MissingGlossaryException extends IllegalStateException {

        public MissingGlossaryException(Path path) {
            super("glossary " + path.toAbsolutePath().normalize() + " does not exist: give --glossary PATH"
                    + " (or set songngu.glossary) to the glossary's CSV file or folder, or --no-glossary to "
                    + "run without one");
        }
    }
}
