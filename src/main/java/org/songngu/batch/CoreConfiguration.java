package org.songngu.batch;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.songngu.align.Aligner;
import org.songngu.align.AlignerSettings;
import org.songngu.corpus.IngestSettings;
import org.songngu.corpus.Language;
import org.songngu.glossary.Glossary;
import org.songngu.glossary.GlossaryCsvReader;
import org.songngu.glossary.GlossaryLoad;
import org.songngu.glossary.TermCoverage;
import org.songngu.quality.CheckFrenchCommand;
import org.songngu.quality.FrenchChecker;
import org.songngu.quality.QualitySettings;
import org.songngu.system.SongnguProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the plain-Java core objects the job uses, once, from the application's settings. */
@Configuration
class CoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CoreConfiguration.class);

    /**
     * The glossary, read leniently: a bad row or a missing file weakens alignment and checks but
     * does not stop the job; each problem is logged here and printed by {@code run}.
     */
    @Bean
    GlossaryLoad glossaryLoad(SongnguProperties properties) {
        GlossaryLoad load = new GlossaryCsvReader().readLenient(properties.glossary());
        load.messages().forEach(message -> log.warn("glossary: {} (left out)", message));
        return load;
    }

    @Bean
    Glossary glossary(GlossaryLoad glossaryLoad) {
        return glossaryLoad.glossary();
    }

    /** The missing-translation rule, shared by the review page and the stored article summaries. */
    @Bean
    TermCoverage termCoverage(Glossary glossary) {
        return new TermCoverage(glossary);
    }

    @Bean
    IngestSettings ingestSettings() {
        return IngestSettings.defaults();
    }

    @Bean
    QualitySettings qualitySettings(SongnguProperties properties) {
        SongnguProperties.Quality configured = properties.quality();
        QualitySettings defaults = QualitySettings.defaults();
        return new QualitySettings(
                configured.disabledRules() == null ? defaults.disabledRules() : Set.copyOf(configured.disabledRules()),
                configured.disabledCategories() == null ? defaults.disabledCategories()
                        : Set.copyOf(configured.disabledCategories()),
                configured.articleTimeout() == null ? defaults.articleTimeout() : configured.articleTimeout(),
                configured.cacheSize() < 0 ? defaults.cacheSize() : configured.cacheSize(),
                configured.threads() <= 0 ? defaults.threads() : configured.threads());
    }

    @Bean(destroyMethod = "close")
    FrenchChecker frenchChecker(QualitySettings settings, Glossary glossary) {
        FrenchChecker checker = FrenchChecker.forGlossary(settings, glossary, List.of());
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

    @Bean
    Map<LanguagePair, Aligner> aligners(Glossary glossary) {
        Map<LanguagePair, Aligner> aligners = new EnumMap<>(LanguagePair.class);
        for (LanguagePair pair : LanguagePair.values()) {
            aligners.put(pair, new Aligner(AlignerSettings.defaults(),
                    glossary.pairs(Language.FR.code(), pair.target().code())));
        }
        return aligners;
    }
}
