package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.songngu.quality.QualitySettings;
import org.songngu.system.SongnguProperties;
import org.songngu.system.SongnguPropertiesBindingTest;

/** {@code songngu.quality.*} overrides the defaults for translated news only where it is set. */
class QualitySettingsConfigurationTest {

    @Test
    void unsetValuesKeepTheDefaults() {
        QualitySettings settings = new FrenchCheckConfiguration()
                .qualitySettings(properties(new SongnguProperties.Quality(null, null, null, -1, 0, 0, true)));

        assertThat(settings).isEqualTo(QualitySettings.defaults());
    }

    @Test
    void setValuesReplaceThem() {
        QualitySettings settings = new FrenchCheckConfiguration()
                .qualitySettings(properties(new SongnguProperties.Quality(
                        List.of("FRENCH_WHITESPACE"), List.of("TYPOGRAPHY"), Duration.ofSeconds(5), 100, 1, 0, true)));

        assertThat(settings)
                .isEqualTo(new QualitySettings(
                        Set.of("FRENCH_WHITESPACE"), Set.of("TYPOGRAPHY"), Duration.ofSeconds(5), 100, 1));
    }

    private static SongnguProperties properties(SongnguProperties.Quality quality) {
        return new SongnguProperties(
                Path.of("corpus"),
                "glossary",
                false,
                5,
                0,
                new SongnguProperties.Schedule(""),
                new SongnguProperties.Tmx("fr", "vi", "en"),
                quality,
                SongnguPropertiesBindingTest.NO_ALIGNER_OVERRIDE,
                SongnguPropertiesBindingTest.NO_INGEST_OVERRIDE,
                new SongnguProperties.Search("", java.time.Duration.ZERO));
    }
}
