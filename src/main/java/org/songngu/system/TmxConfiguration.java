package org.songngu.system;

import java.time.Clock;
import org.songngu.tmx.ExportTmxCommand;
import org.songngu.tmx.TmxExportSettings;
import org.songngu.tmx.TmxLanguageCodes;
import org.songngu.tmx.TmxUnitSource;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;

/** TMX export settings from {@code songngu.tmx.*}, and the {@code export-tmx} command over the store. */
@Configuration
class TmxConfiguration {

    @Bean
    TmxExportSettings tmxExportSettings(SongnguProperties properties) {
        SongnguProperties.Tmx codes = properties.tmx();
        return new TmxExportSettings(
                new TmxLanguageCodes(codes.french(), codes.vietnamese(), codes.english()),
                TmxExportSettings.defaults().toolVersion(),
                Clock.systemUTC());
    }

    /** A prototype: picocli writes the options into the instance it runs. */
    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    ExportTmxCommand exportTmxCommand(TmxUnitSource source, TmxExportSettings settings) {
        return new ExportTmxCommand(source, settings);
    }
}
