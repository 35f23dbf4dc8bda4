package org.songngu.batch;

import java.nio.file.Files;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.songngu.align.Aligner;
import org.songngu.align.AlignerSettings;
import org.songngu.corpus.IngestSettings;
import org.songngu.corpus.Language;
import org.songngu.glossary.Glossary;
import org.songngu.glossary.GlossaryCsvReader;
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

    /** The glossary; a missing one only weakens alignment and checks, so it is a warning, not a failure. */
    @Bean
    Glossary glossary(SongnguProperties properties) {
        if (!Files.exists(properties.glossary())) {
            log.warn("no glossary at {}: aligning and checking without terminology", properties.glossary().toAbsolutePath());
            return Glossary.empty();
        }
        return new GlossaryCsvReader().read(properties.glossary());
    }

    @Bean
    IngestSettings ingestSettings() {
        return IngestSettings.defaults();
    }

    @Bean(destroyMethod = "close")
    FrenchChecker frenchChecker(Glossary glossary) {
        FrenchChecker checker = FrenchChecker.forGlossary(QualitySettings.defaults(), glossary, List.of());
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
