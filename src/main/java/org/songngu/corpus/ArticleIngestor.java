package org.songngu.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ingest step for one article: read (if not read yet), remove boilerplate, set the
 * per-article metadata lines aside ({@link MetadataDetector}), check that each version is in the
 * language its file name claims. Built once per run with the {@link BoilerplateModel} and the
 * {@link MetadataTemplates} learned from all articles of that run:
 *
 * <pre>{@code
 * CorpusScan scan = CorpusScanner.scan(corpusDir);
 * ArticleReader reader = new ArticleReader(settings);
 * List<RawArticle> raw = ... reader.read(folder) for each folder, catching ArticleInputException;
 * BoilerplateModel chrome = BoilerplateModel.learn(raw, settings);
 * MetadataDetector detector = new MetadataDetector(MetadataRules.standard(),
 *         ArticleIngestor.learnTemplates(raw, chrome, settings));
 * ArticleIngestor ingestor = new ArticleIngestor(chrome, BoilerplatePatterns.standard(), detector, settings);
 * IngestedArticle article = ingestor.ingest(raw.get(0));
 * }</pre>
 *
 * Every problem with an article is an {@link ArticleInputException}. Immutable and thread-safe.
 */
public final class ArticleIngestor {

    private final ArticleReader reader;
    private final BoilerplateRemover remover;
    private final MetadataDetector detector;
    private final IngestSettings settings;

    /** An ingestor with the standard patterns and metadata rules, and no metadata template. */
    public ArticleIngestor(BoilerplateModel model, IngestSettings settings) {
        this(model, BoilerplatePatterns.standard(), settings);
    }

    public ArticleIngestor(BoilerplateModel model, BoilerplatePatterns patterns, IngestSettings settings) {
        this(model, patterns, MetadataDetector.rulesOnly(), settings);
    }

    public ArticleIngestor(
            BoilerplateModel model, BoilerplatePatterns patterns, MetadataDetector detector, IngestSettings settings) {
        this.reader = new ArticleReader(settings);
        this.remover = new BoilerplateRemover(model, patterns, settings, detector.rules());
        this.detector = detector;
        this.settings = settings;
    }

    /** Reads and ingests {@code folder}. */
    public IngestedArticle ingest(ArticleFolder folder) {
        return ingest(reader.read(folder));
    }

    /** Reads and ingests an article from its files' bytes ({@link ArticleReader#read(String, Map)}). */
    public IngestedArticle ingest(String id, Map<String, byte[]> files) {
        return ingest(reader.read(id, files));
    }

    /** Ingests an article already read. */
    public IngestedArticle ingest(RawArticle article) {
        Map<Language, ArticleText> versions = new EnumMap<>(Language.class);
        List<MetadataLine> metadata = new ArrayList<>();
        for (RawVersion version : article.versions().values()) {
            List<String> cleaned = clean(article, version);
            MetadataDetector.Split split =
                    detector.split(version.language(), article.meta().site(), cleaned);
            List<String> paragraphs = split.content();
            if (paragraphs.isEmpty()) {
                throw new ArticleInputException(
                        article.id(),
                        version.fileName(),
                        "holds only metadata lines (dates, counters, credits, authors), no article text");
            }
            if (settings.checkLanguage()) {
                checkLanguage(article.id(), version, paragraphs);
            }
            versions.put(version.language(), new ArticleText(version.language(), paragraphs));
            metadata.addAll(split.metadata());
            metadata.addAll(version.pageTags());
        }
        IngestedArticle ingested =
                new IngestedArticle(article.id(), article.meta(), versions, article.contentHash(), metadata);
        ingested.published(); // a date in meta.properties that is none fails the article here, with the rest of its
        // input
        return ingested;
    }

    private List<String> clean(RawArticle article, RawVersion version) {
        List<String> paragraphs = remover.clean(version.language(), version.paragraphs());
        if (paragraphs.isEmpty()) {
            throw new ArticleInputException(
                    article.id(), version.fileName(), "holds only site boilerplate, no article text");
        }
        return paragraphs;
    }

    /**
     * Learns the metadata templates of a run's articles: their paragraphs once chrome is removed
     * that no metadata rule recognises, per language and site. An article whose text is all chrome
     * has nothing to teach and is left out here (its ingest reports it).
     */
    public static MetadataTemplates learnTemplates(
            Collection<RawArticle> articles, BoilerplateModel chrome, IngestSettings settings) {
        TemplateLearning learning = new TemplateLearning(chrome, settings);
        articles.forEach(learning::add);
        return learning.build();
    }

    /** {@link #learnTemplates} one article at a time, so that a caller need not hold the corpus. */
    public static final class TemplateLearning {

        private final MetadataRules rules = MetadataRules.standard();
        private final BoilerplateRemover remover;
        private final MetadataTemplates.Learner learner = new MetadataTemplates.Learner();

        public TemplateLearning(BoilerplateModel chrome, IngestSettings settings) {
            this.remover = new BoilerplateRemover(chrome, BoilerplatePatterns.standard(), settings, rules);
        }

        public void add(RawArticle article) {
            for (RawVersion version : article.versions().values()) {
                List<String> unmatched = remover.clean(version.language(), version.paragraphs()).stream()
                        .filter(line -> rules.match(version.language(), line).isEmpty())
                        .toList();
                learner.add(article.id(), article.meta().site(), version.language(), unmatched);
            }
        }

        public MetadataTemplates build() {
            return learner.build();
        }
    }

    private static void checkLanguage(String id, RawVersion version, List<String> paragraphs) {
        Optional<Language> guessed = LanguageGuesser.guess(paragraphs);
        if (guessed.isPresent() && guessed.get() != version.language()) {
            throw new ArticleInputException(
                    id,
                    version.fileName(),
                    "is written in "
                            + LanguageGuesser.displayName(guessed.get()) + ", not "
                            + LanguageGuesser.displayName(version.language()));
        }
    }

    /**
     * Reads every article of a scan, learns the boilerplate model and metadata templates from them
     * and ingests each:
     * the whole ingest of one run for callers that hold it all in memory.
     */
    public static IngestResult ingestAll(CorpusScan scan, IngestSettings settings) {
        ArticleReader reader = new ArticleReader(settings);
        List<ArticleInputException> failures = new ArrayList<>(scan.rejected());
        List<RawArticle> raw = new ArrayList<>();
        for (ArticleFolder folder : scan.articles()) {
            try {
                raw.add(reader.read(folder));
            } catch (ArticleInputException e) {
                failures.add(e);
            }
        }
        BoilerplateModel chrome = BoilerplateModel.learn(raw, settings);
        MetadataTemplates templates = learnTemplates(raw, chrome, settings);
        ArticleIngestor ingestor = new ArticleIngestor(
                chrome,
                BoilerplatePatterns.standard(),
                new MetadataDetector(MetadataRules.standard(), templates),
                settings);
        List<IngestedArticle> articles = new ArrayList<>();
        for (RawArticle article : raw) {
            try {
                articles.add(ingestor.ingest(article));
            } catch (ArticleInputException e) {
                failures.add(e);
            }
        }
        return new IngestResult(articles, failures, templates);
    }
}
