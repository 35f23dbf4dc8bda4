package org.songngu.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Songngu's tunables, in one place ({@code songngu.*} in application.properties).
 *
 * @param corpus       the corpus folder the job reads (one subfolder per article)
 * @param glossary     the glossary CSV file or folder ({@code glossary} in application.properties); empty
 *                     (null) means none, on purpose: an empty value must not fall back to a default
 * @param runOnStartup whether the web application runs the job once when it starts
 * @param chunkSize    articles per transaction in the ingest step
 * @param partitions   partitions of the ingest step run in parallel; 0 means one per core
 * @param schedule     when the web application runs the job by itself
 * @param tmx          the language codes TMX exports write
 * @param quality      LanguageTool settings of the French check (job and {@code check-french})
 */
@ConfigurationProperties("songngu")
public record SongnguProperties(
        @DefaultValue("corpus") Path corpus,
        Path glossary,
        @DefaultValue("true") boolean runOnStartup,
        @DefaultValue("5") int chunkSize,
        @DefaultValue("0") int partitions,
        @DefaultValue Schedule schedule,
        @DefaultValue Tmx tmx,
        @DefaultValue Quality quality) {

    public SongnguProperties {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("songngu.chunk-size must be at least 1");
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("songngu.partitions must be 0 (one per core) or more");
        }
    }

    /** The partition count to use: the configured one, or one per core. */
    public int effectivePartitions() {
        return partitions > 0 ? partitions : Runtime.getRuntime().availableProcessors();
    }

    /**
     * The French check's settings; an unset value keeps the default chosen for translated news
     * (docs/QUALITY.md says why each default rule is off).
     *
     * @param disabledRules      LanguageTool rule ids switched off (replaces the default list when set)
     * @param disabledCategories LanguageTool category ids switched off (replaces the default list when set)
     * @param articleTimeout     the most one article's check may take before it is marked failed
     * @param cacheSize          distinct sentences whose findings are remembered
     * @param threads            LanguageTool instances checking in parallel (0: one per core)
     */
    public record Quality(List<String> disabledRules, List<String> disabledCategories, Duration articleTimeout,
            @DefaultValue("-1") int cacheSize, @DefaultValue("0") int threads) {
    }

    /**
     * The {@code xml:lang} codes of exports: CAT tools match them exactly, so they follow the
     * receiving project ({@code fr} or {@code fr-FR}, {@code vi} or {@code vi-VN}, {@code en} or {@code en-US}).
     */
    public record Tmx(@DefaultValue("fr") String french, @DefaultValue("vi") String vietnamese,
            @DefaultValue("en") String english) {
    }

    /**
     * @param cron a Spring cron expression ({@code songngu.schedule.cron}, e.g. {@code 0 0 * * * *}
     *             for every hour); empty turns scheduled runs off
     */
    public record Schedule(@DefaultValue("") String cron) {

        public boolean enabled() {
            return cron != null && !cron.isBlank();
        }
    }
}
