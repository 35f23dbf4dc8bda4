package org.songngu.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.songngu.align.AlignerSettings;
import org.songngu.corpus.IngestSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Songngu's tunables ({@code songngu.*}) and their defaults, in one place: application.properties
 * holds Spring's own settings only. The aligner's and the ingest's defaults are the core's
 * ({@link AlignerSettings#defaults()}, {@link IngestSettings#defaults()}): a property set here
 * overrides one of them by name.
 *
 * @param corpus       the corpus folder the job reads (one subfolder per article)
 * @param glossary     the glossary CSV file or folder; set empty ({@code songngu.glossary=}) for none
 * @param runOnStartup whether the web application runs the job once when it starts
 * @param chunkSize    articles per transaction in the ingest step
 * @param partitions   partitions of the ingest step run in parallel; 0 means one per core
 * @param schedule     when the web application runs the job by itself
 * @param tmx          the language codes TMX exports write
 * @param quality      LanguageTool settings of the French check (job and {@code check-french})
 * @param aligner      overrides of the aligner's settings
 * @param ingest       overrides of the ingest's settings
 * @param search       where the search index is kept and how often the web application feeds it
 */
@ConfigurationProperties("songngu")
public record SongnguProperties(
        @DefaultValue("corpus") Path corpus,
        @DefaultValue(SongnguProperties.DEFAULT_GLOSSARY) String glossary,
        @DefaultValue("true") boolean runOnStartup,
        @DefaultValue("5") int chunkSize,
        @DefaultValue("0") int partitions,
        @DefaultValue Schedule schedule,
        @DefaultValue Tmx tmx,
        @DefaultValue Quality quality,
        @DefaultValue Aligner aligner,
        @DefaultValue Ingest ingest,
        @DefaultValue Search search) {
    /** {@code songngu.glossary} when unset. */
    public static final String DEFAULT_GLOSSARY = "glossary";

    public SongnguProperties {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("songngu.chunk-size must be at least 1");
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("songngu.partitions must be 0 (one per core) or more");
        }
    }

    /**
     * The glossary's path, or null for none. Bound as text: an empty value must mean "none", and
     * an empty value converted to a path would fall back to the default instead.
     */
    public Path glossaryPath() {
        return glossary == null || glossary.isBlank() ? null : Path.of(glossary);
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
     * @param storedSentences    sentences whose findings the database keeps across runs (0: none)
     * @param warmUp             whether every LanguageTool instance is started with the application
     *                           (not read by {@code check-french}, which starts no application and one
     *                           LanguageTool when it needs it)
     */
    public record Quality(
            List<String> disabledRules,
            List<String> disabledCategories,
            Duration articleTimeout,
            @DefaultValue("-1") int cacheSize,
            @DefaultValue("0") int threads,
            @DefaultValue("500000") long storedSentences,
            @DefaultValue("true") boolean warmUp) {}

    /**
     * The {@code xml:lang} codes of exports: CAT tools match them exactly, so they follow the
     * receiving project ({@code fr} or {@code fr-FR}, {@code vi} or {@code vi-VN}, {@code en} or {@code en-US}).
     */
    public record Tmx(
            @DefaultValue("fr") String french,
            @DefaultValue("vi") String vietnamese,
            @DefaultValue("en") String english) {}

    /**
     * @param indexDir the search index's folder (Lucene), kept by the process that serves the review
     *                 pages beside the embedded database; empty keeps it in memory (tests, an
     *                 in-memory database)
     * @param catchUp  how often the web application indexes the articles stored since; 0 leaves it
     *                 to the searches
     */
    public record Search(
            @DefaultValue("data/search-index") String indexDir,
            @DefaultValue("30s") Duration catchUp) {}

    /**
     * @param cron a Spring cron expression (second minute hour day month weekday; by default every
     *             30 minutes, {@code 0 0 * * * *} would be every hour); empty turns scheduled runs off
     */
    public record Schedule(@DefaultValue("0 */30 * * * *") String cron) {

        public boolean enabled() {
            return cron != null && !cron.isBlank();
        }
    }

    /**
     * The aligner's tunables by name ({@code songngu.aligner.band-width=20}); each one unset keeps
     * the default measured in docs/ALIGNMENT.md. The meaning of each is on {@link AlignerSettings}.
     */
    public record Aligner(
            Integer maxSide,
            Integer bandWidth,
            Double anchorWeight,
            Double lexiconWeight,
            Double lexiconThreshold,
            Integer lexiconIterations,
            Double learnConfidence,
            Integer passes,
            Double temperature,
            Integer cognateLength,
            Double supportOffset) {

        public AlignerSettings applyTo(AlignerSettings defaults) {
            return new AlignerSettings(
                    or(maxSide, defaults.maxSide()),
                    or(bandWidth, defaults.bandWidth()),
                    or(anchorWeight, defaults.anchorWeight()),
                    or(lexiconWeight, defaults.lexiconWeight()),
                    or(lexiconThreshold, defaults.lexiconThreshold()),
                    or(lexiconIterations, defaults.lexiconIterations()),
                    or(learnConfidence, defaults.learnConfidence()),
                    or(passes, defaults.passes()),
                    or(temperature, defaults.temperature()),
                    or(cognateLength, defaults.cognateLength()),
                    or(supportOffset, defaults.supportOffset()));
        }
    }

    /**
     * The ingest's tunables by name ({@code songngu.ingest.max-file-size=10MB}); each one unset keeps
     * its default. The meaning of each is on {@link IngestSettings}.
     */
    public record Ingest(
            DataSize maxFileSize,
            Integer chromeMinArticles,
            Double chromeMinShare,
            Integer chromeMaxChars,
            Integer repeatsInDocument,
            Boolean checkLanguage) {

        public IngestSettings applyTo(IngestSettings defaults) {
            return new IngestSettings(
                    maxFileSize == null ? defaults.maxFileBytes() : maxFileSize.toBytes(),
                    or(chromeMinArticles, defaults.chromeMinArticles()),
                    or(chromeMinShare, defaults.chromeMinShare()),
                    or(chromeMaxChars, defaults.chromeMaxChars()),
                    or(repeatsInDocument, defaults.repeatsInDocument()),
                    or(checkLanguage, defaults.checkLanguage()));
        }
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }
}
