package org.songngu.corpus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ingest step for one article: read (if not read yet), remove boilerplate, check that each
 * version is in the language its file name claims. Built once per run with the
 * {@link BoilerplateModel} learned from all articles of that run:
 *
 * <pre>{@code
 * CorpusScan scan = CorpusScanner.scan(corpusDir);
 * ArticleReader reader = new ArticleReader(settings);
 * List<RawArticle> raw = ... reader.read(folder) for each folder, catching ArticleInputException;
 * ArticleIngestor ingestor = new ArticleIngestor(BoilerplateModel.learn(raw, settings), settings);
 * IngestedArticle article = ingestor.ingest(raw.get(0));
 * }</pre>
 *
 * Every problem with an article is an {@link ArticleInputException}. Immutable and thread-safe.
 */
public final class ArticleIngestor {

    private final ArticleReader reader;
    private final BoilerplateRemover remover;
    private final IngestSettings settings;

    public ArticleIngestor(BoilerplateModel model, IngestSettings settings) {
        this(model, BoilerplatePatterns.standard(), settings);
    }

    public ArticleIngestor(BoilerplateModel model, BoilerplatePatterns patterns, IngestSettings settings) {
        this.reader = new ArticleReader(settings);
        this.remover = new BoilerplateRemover(model, patterns, settings);
        this.settings = settings;
    }

    /** Reads and ingests {@code folder}. */
    public IngestedArticle ingest(ArticleFolder folder) {
        return ingest(reader.read(folder));
    }

    /** Ingests an article already read. */
    public IngestedArticle ingest(RawArticle article) {
        Map<Language, ArticleText> versions = new EnumMap<>(Language.class);
        for (RawVersion version : article.versions().values()) {
            List<String> paragraphs = remover.clean(version.language(), version.paragraphs());
            if (paragraphs.isEmpty()) {
                throw new ArticleInputException(article.id(), version.fileName(),
                        "holds only site boilerplate, no article text");
            }
            if (settings.checkLanguage()) {
                checkLanguage(article.id(), version, paragraphs);
            }
            versions.put(version.language(), new ArticleText(version.language(), paragraphs));
        }
        return new IngestedArticle(article.id(), article.meta(), versions, article.contentHash());
    }

    private static void checkLanguage(String id, RawVersion version, List<String> paragraphs) {
        Optional<Language> guessed = LanguageGuesser.guess(paragraphs);
        if (guessed.isPresent() && guessed.get() != version.language()) {
            throw new ArticleInputException(id, version.fileName(), "is written in "
                    + LanguageGuesser.displayName(guessed.get()) + ", not "
                    + LanguageGuesser.displayName(version.language()));
        }
    }

    /**
     * Reads every article of a scan, learns the boilerplate model from them and ingests each:
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
        ArticleIngestor ingestor = new ArticleIngestor(BoilerplateModel.learn(raw, settings), settings);
        List<IngestedArticle> articles = new ArrayList<>();
        for (RawArticle article : raw) {
            try {
                articles.add(ingestor.ingest(article));
            } catch (ArticleInputException e) {
                failures.add(e);
            }
        }
        return new IngestResult(articles, failures);
    }
}
