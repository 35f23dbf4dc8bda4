package org.songngu.batch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.songngu.corpus.ArticleInputException;
import org.songngu.corpus.ArticleText;
import org.songngu.corpus.IngestedArticle;
import org.songngu.corpus.KeptLine;
import org.songngu.corpus.Language;
import org.songngu.corpus.MetadataLine;
import org.songngu.quality.ArticleCheck;
import org.songngu.quality.FrenchChecker;
import org.songngu.quality.QualityFinding;
import org.songngu.segment.MarkedSentence;
import org.songngu.segment.SentenceSplitter;
import org.songngu.store.ArticleLimits;
import org.songngu.store.ArticleMetadataStore;
import org.songngu.store.ArticleRow;
import org.songngu.store.ArticleStore;
import org.songngu.store.FindingRow;
import org.songngu.store.MetadataRow;
import org.songngu.store.SentenceRow;
import org.songngu.store.VersionContent;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns an ingested article into what the store keeps: sentences per language, French findings and
 * the metadata lines set aside (less those a reviewer put back as content). An article whose content
 * hash matches the stored one is left alone, unless an older ingest pipeline stored it and no
 * reviewer has touched it ({@link ArticleStore#isUpToDate}), or a reviewer put one of its metadata
 * lines back ({@link ArticleMetadataStore#hasLinesToPutBack}).
 */
class ArticleProcessor implements ItemProcessor<CorpusItem, ProcessedArticle> {

    private final ArticleStore store;
    private final ArticleMetadataStore metadata;
    private final FrenchChecker checker;
    private final StageTimes times;

    ArticleProcessor(ArticleStore store, ArticleMetadataStore metadata, FrenchChecker checker, StageTimes times) {
        this.store = store;
        this.metadata = metadata;
        this.checker = checker;
        this.times = times;
    }

    /**
     * Bad input (an unreadable file, a field over its limit) comes back as {@link ProcessedArticle.Failed}.
     * Anything else thrown here is unexpected (a bug met on one article): the step's skip policy
     * skips the article and {@link ArticleFailureRecorder} records it, so the run goes on.
     */
    @Override
    public ProcessedArticle process(CorpusItem item) {
        Stamping stamping = item.stamping();
        Optional<String> badId = ArticleLimits.idProblem(item.articleId());
        if (badId.isPresent()) {
            return new ProcessedArticle.Failed(ArticleLimits.reportableId(item.articleId()), badId.get(), stamping);
        }
        if (item instanceof CorpusItem.Known known) {
            return known.failure() == null
                    ? new ProcessedArticle.Unchanged(known.articleId(), stamping)
                    : new ProcessedArticle.Failed(known.articleId(), known.failure(), stamping);
        }
        if (item instanceof CorpusItem.Rejected rejected) {
            return new ProcessedArticle.Failed(rejected.articleId(), rejected.reason(), stamping);
        }
        try {
            IngestedArticle article = item instanceof CorpusItem.ToRead toRead
                    ? times.time(
                            StageTimes.Stage.INGEST, () -> toRead.ingestor().ingest(toRead.folder()))
                    : item instanceof CorpusItem.Staged staged
                            ? times.time(
                                    StageTimes.Stage.INGEST,
                                    () -> staged.ingestor().ingest(staged.articleId(), staged.files()))
                            : ((CorpusItem.Ingested) item).article();
            return prepare(article, stamping);
        } catch (ArticleInputException e) {
            return new ProcessedArticle.Failed(
                    item.articleId(), CorpusItem.Rejected.of(e).reason(), stamping);
        }
    }

    private ProcessedArticle prepare(IngestedArticle ingested, Stamping stamping) {
        ArticleStore.Freshness freshness = store.freshness(ingested.id(), ingested.contentHash());
        boolean putBack = metadata.hasLinesToPutBack(ingested.id());
        if (freshness == ArticleStore.Freshness.UP_TO_DATE && !putBack) {
            return new ProcessedArticle.Unchanged(ingested.id(), stamping);
        }
        // read again for no other reason than a change of the ingest pipeline: the run counts it
        boolean redone = freshness == ArticleStore.Freshness.OUTDATED && !putBack;
        IngestedArticle article = ingested.restoring(kept(ingested.id()));
        ArticleRow row = row(article);
        Optional<String> badMetadata = ArticleLimits.metadataProblem(
                row,
                article.meta().titleIfPresent().isPresent()
                        ? "meta.properties"
                        : "the first paragraph of the French text, as meta.properties has no title");
        if (badMetadata.isPresent()) {
            return new ProcessedArticle.Failed(article.id(), badMetadata.get(), stamping);
        }
        List<VersionContent> versions = new ArrayList<>();
        List<String> french = List.of();
        List<String> translations = new ArrayList<>();
        for (Map.Entry<Language, ArticleText> entry : article.versions().entrySet()) {
            ArticleText text = entry.getValue();
            // pieces cut at certain and possible boundaries: the aligner decides the possible ones
            List<MarkedSentence> segmented = times.time(
                    StageTimes.Stage.SEGMENT,
                    () -> SentenceSplitter.forLanguage(entry.getKey()).segmentMarked(text.paragraphs()));
            List<SentenceRow> rows = new ArrayList<>(segmented.size());
            for (int i = 0; i < segmented.size(); i++) {
                MarkedSentence sentence = segmented.get(i);
                rows.add(new SentenceRow(i, sentence.paragraph(), sentence.text(), sentence.possiblePrior()));
            }
            Optional<String> badSentence = ArticleLimits.sentenceProblem(
                    entry.getKey().locale().getDisplayLanguage(Locale.ENGLISH) + " text", rows);
            if (badSentence.isPresent()) {
                return new ProcessedArticle.Failed(article.id(), badSentence.get(), stamping);
            }
            versions.add(
                    new VersionContent(entry.getKey().code(), text.paragraphs().size(), rows));
            List<String> sentences =
                    segmented.stream().map(MarkedSentence::text).toList();
            if (entry.getKey() == Language.FR) {
                french = sentences;
            } else {
                translations.addAll(sentences);
            }
        }
        List<String> frenchSentences = french;
        times.time(StageTimes.Stage.LANGUAGETOOL_START_UP, checker::awaitWarmUp);
        ArticleCheck check = times.time(
                StageTimes.Stage.FRENCH_CHECK, () -> checker.check(frenchSentences, TranslationNames.in(translations)));
        List<FindingRow> findings =
                check.findings().stream().map(ArticleProcessor::row).toList();
        List<Double> scores = check.isFailed()
                ? List.of()
                : check.sentences().stream().map(sentence -> sentence.score()).toList();
        return new ProcessedArticle.Prepared(
                row,
                versions,
                findings,
                check.isFailed() ? "FAILED" : "OK",
                check.failure(),
                scores,
                article.metadata().stream().map(ArticleProcessor::row).toList(),
                stamping,
                redone);
    }

    private Set<KeptLine> kept(String articleId) {
        Set<KeptLine> kept = new HashSet<>();
        metadata.kept(articleId).forEach((code, lines) -> {
            Language language = Language.fromCode(code);
            lines.forEach(line -> kept.add(new KeptLine(language, line)));
        });
        return kept;
    }

    /** The date of meta.properties, else the one the page's tags or metadata lines give. */
    private static ArticleRow row(IngestedArticle article) {
        return new ArticleRow(
                article.id(),
                article.title(),
                article.meta().source(),
                article.published().orElse(null),
                article.contentHash());
    }

    private static MetadataRow row(MetadataLine line) {
        return MetadataRow.of(
                line.language().code(),
                line.position(),
                line.kind().label(),
                line.detectedBy().name().toLowerCase(java.util.Locale.ROOT),
                line.text());
    }

    private static FindingRow row(QualityFinding finding) {
        return new FindingRow(
                finding.sentence(),
                finding.ruleId(),
                finding.category(),
                finding.message(),
                finding.start(),
                finding.end(),
                finding.suggestions());
    }
}
