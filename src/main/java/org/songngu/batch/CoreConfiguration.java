package org.songngu.batch;

import java.util.EnumMap;
import java.util.Map;
import org.songngu.align.Aligner;
import org.songngu.align.AlignerSettings;
import org.songngu.corpus.IngestSettings;
import org.songngu.corpus.LanguagePair;
import org.songngu.glossary.Glossary;
import org.songngu.glossary.TermCoverage;
import org.songngu.system.SongnguProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the plain-Java core objects the job uses, once, from the application's settings (the
 * glossary and the French checker: {@link FrenchCheckConfiguration}).
 */
@Configuration
class CoreConfiguration {

    /** The missing-translation rule, shared by the review page and the stored article summaries. */
    @Bean
    TermCoverage termCoverage(Glossary glossary) {
        return new TermCoverage(glossary);
    }

    @Bean
    IngestSettings ingestSettings(SongnguProperties properties) {
        return properties.ingest().applyTo(IngestSettings.defaults());
    }

    @Bean
    AlignerSettings alignerSettings(SongnguProperties properties) {
        return properties.aligner().applyTo(AlignerSettings.defaults());
    }

    @Bean
    Map<LanguagePair, Aligner> aligners(Glossary glossary, AlignerSettings settings) {
        return alignersFor(glossary, settings);
    }

    /** An aligner per pair, with the glossary's term pairs of that pair. */
    static Map<LanguagePair, Aligner> alignersFor(Glossary glossary, AlignerSettings settings) {
        Map<LanguagePair, Aligner> aligners = new EnumMap<>(LanguagePair.class);
        for (LanguagePair pair : LanguagePair.values()) {
            aligners.put(
                    pair,
                    new Aligner(
                            settings,
                            glossary.pairs(pair.source().code(), pair.target().code())));
        }
        return aligners;
    }
}
