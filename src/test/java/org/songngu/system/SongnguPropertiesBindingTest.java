package org.songngu.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.songngu.align.AlignerSettings;
import org.songngu.corpus.IngestSettings;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * {@code songngu.*} as Spring binds it: every default comes from {@link SongnguProperties} or the
 * core's settings, application.properties adds none, and the aligner's and ingest's tunables can be
 * set by name.
 */
public class SongnguPropertiesBindingTest {

    /** For tests that build the properties by hand: no aligner setting overridden. */
    public static final SongnguProperties.Aligner NO_ALIGNER_OVERRIDE =
            new SongnguProperties.Aligner(null, null, null, null, null, null, null, null, null, null, null);
    /** For tests that build the properties by hand: no ingest setting overridden. */
    public static final SongnguProperties.Ingest NO_INGEST_OVERRIDE =
            new SongnguProperties.Ingest(null, null, null, null, null, null);

    @Test
    void withNothingSetEveryDefaultIsTheDocumentedOne() {
        SongnguProperties properties = bind(Map.of());

        assertThat(properties.corpus()).isEqualTo(Path.of("corpus"));
        assertThat(properties.glossaryPath()).isEqualTo(Path.of("glossary"));
        assertThat(properties.runOnStartup()).isTrue();
        assertThat(properties.chunkSize()).isEqualTo(5);
        assertThat(properties.schedule().cron()).isEqualTo("0 */30 * * * *");
        assertThat(properties.aligner().applyTo(AlignerSettings.defaults())).isEqualTo(AlignerSettings.defaults());
        assertThat(properties.ingest().applyTo(IngestSettings.defaults())).isEqualTo(IngestSettings.defaults());
    }

    @Test
    void applicationPropertiesSetsNoDefaultOfItsOwn() throws Exception {
        java.util.Properties file = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/application.properties")) {
            file.load(in);
        }
        // songngu.security.behind-tls is read by a Spring setting in the same file, not by SongnguProperties
        assertThat(file.stringPropertyNames())
                .filteredOn(name -> name.startsWith("songngu."))
                .containsOnly("songngu.security.behind-tls");
    }

    @Test
    void theSearchIndexIsKeptUnderDataAndFedEveryThirtySecondsUnlessSetOtherwise() {
        assertThat(bind(Map.of()).search())
                .isEqualTo(new SongnguProperties.Search("data/search-index", java.time.Duration.ofSeconds(30)));
        assertThat(bind(Map.of("songngu.search.index-dir", "", "songngu.search.catch-up", "0"))
                        .search())
                .isEqualTo(new SongnguProperties.Search("", java.time.Duration.ZERO));
    }

    @Test
    void anEmptyGlossaryOrScheduleMeansNone() {
        SongnguProperties properties = bind(Map.of("songngu.glossary", "", "songngu.schedule.cron", ""));

        assertThat(properties.glossaryPath()).isNull();
        assertThat(properties.schedule().enabled()).isFalse();
    }

    @Test
    void alignerAndIngestSettingsAreSetByName() {
        SongnguProperties properties = bind(Map.of(
                "songngu.aligner.band-width",
                "25",
                "songngu.aligner.lexicon-threshold",
                "0.2",
                "songngu.ingest.max-file-size",
                "10MB",
                "songngu.ingest.chrome-min-articles",
                "4",
                "songngu.ingest.check-language",
                "false"));

        AlignerSettings aligner = properties.aligner().applyTo(AlignerSettings.defaults());
        assertThat(aligner.bandWidth()).isEqualTo(25);
        assertThat(aligner.lexiconThreshold()).isEqualTo(0.2);
        assertThat(aligner.maxSide()).isEqualTo(AlignerSettings.defaults().maxSide());
        IngestSettings ingest = properties.ingest().applyTo(IngestSettings.defaults());
        assertThat(ingest.maxFileBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(ingest.chromeMinArticles()).isEqualTo(4);
        assertThat(ingest.checkLanguage()).isFalse();
        assertThat(ingest.chromeMaxChars()).isEqualTo(IngestSettings.defaults().chromeMaxChars());
    }

    @Test
    void anOutOfRangeSettingIsRefusedWithItsRule() {
        SongnguProperties properties = bind(Map.of("songngu.aligner.max-side", "9"));

        assertThatThrownBy(() -> properties.aligner().applyTo(AlignerSettings.defaults()))
                .hasMessageContaining("maxSide must be in 1..6");
    }

    private static SongnguProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("songngu", SongnguProperties.class);
    }
}
