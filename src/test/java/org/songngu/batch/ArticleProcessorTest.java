package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.songngu.corpus.ArticleFolder;
import org.songngu.corpus.ArticleIngestor;
import org.songngu.corpus.ArticleInputException;
import org.songngu.corpus.ArticleMeta;
import org.songngu.corpus.ArticleText;
import org.songngu.corpus.BoilerplateModel;
import org.songngu.corpus.CorpusScanner;
import org.songngu.corpus.IngestSettings;
import org.songngu.corpus.IngestedArticle;
import org.songngu.corpus.Language;
import org.songngu.quality.ArticleCheck;
import org.songngu.quality.FrenchChecker;
import org.songngu.store.ArticleLimits;
import org.songngu.store.ArticleMetadataStore;
import org.songngu.store.ArticleStore;

/** The ingest step's processor on the paths that need no LanguageTool (the checker is a mock). */
class ArticleProcessorTest {

    private final ArticleStore store = mock(ArticleStore.class);
    private final ArticleMetadataStore metadata = mock(ArticleMetadataStore.class);
    private final ArticleProcessor processor = new ArticleProcessor(store, metadata, null, new StageTimes());
    private final IngestedArticle article = new IngestedArticle(
            "a", ArticleMeta.NONE, Map.of(Language.FR, new ArticleText(Language.FR, List.of("Une phrase."))), "hash-1");

    @Test
    void aRejectedArticleFailsWithItsReason() {
        assertThat(processor.process(new CorpusItem.Rejected("b", "vi.txt: file is empty")))
                .isEqualTo(new ProcessedArticle.Failed("b", "vi.txt: file is empty"));
    }

    @Test
    void anArticleWithTheStoredHashIsUnchanged() {
        when(store.freshness("a", "hash-1")).thenReturn(ArticleStore.Freshness.UP_TO_DATE);

        assertThat(processor.process(new CorpusItem.Ingested(article))).isEqualTo(new ProcessedArticle.Unchanged("a"));
    }

    @Test
    void waitingForTheCheckersStartUpIsNotCountedAsCheckingTime() {
        FrenchChecker checker = mock(FrenchChecker.class);
        doAnswer(invocation -> {
                    Thread.sleep(300);
                    return null;
                })
                .when(checker)
                .awaitWarmUp();
        when(checker.check(anyList(), anyCollection())).thenReturn(ArticleCheck.failed(1, "not checked here"));
        when(store.freshness("a", "hash-1")).thenReturn(ArticleStore.Freshness.CHANGED);
        StageTimes times = new StageTimes();

        ProcessedArticle processed =
                new ArticleProcessor(store, metadata, checker, times).process(new CorpusItem.Ingested(article));

        assertThat(processed).isInstanceOf(ProcessedArticle.Prepared.class);
        assertThat(times.snapshot().get(StageTimes.Stage.LANGUAGETOOL_START_UP))
                .isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(times.snapshot().get(StageTimes.Stage.FRENCH_CHECK)).isLessThan(Duration.ofMillis(300));
        assertThat(times.describe()).containsPattern("languagetool start up [0-9.]+ s, french check [0-9.]+ s");
    }

    @Test
    void anUnexpectedErrorIsLeftToTheStepsSkipPolicy() {
        when(store.freshness("a", "hash-1")).thenThrow(new IllegalStateException("boom"));

        assertThatThrownBy(() -> processor.process(new CorpusItem.Ingested(article)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFolderThatCannotBeReadFailsWithTheFileAndReason(@TempDir Path corpus) throws IOException {
        Files.createDirectories(corpus.resolve("b"));
        Files.writeString(corpus.resolve("b/fr.txt"), "");
        ArticleFolder folder = CorpusScanner.scan(corpus).articles().get(0);
        ArticleIngestor ingestor = new ArticleIngestor(BoilerplateModel.empty(), IngestSettings.defaults());

        assertThat(processor.process(new CorpusItem.ToRead(folder, ingestor, Stamping.of("stamp"))))
                .isInstanceOfSatisfying(ProcessedArticle.Failed.class, failed -> {
                    assertThat(failed.reason()).startsWith("fr.txt: ");
                    assertThat(failed.stamping()).as("kept with its failure").isEqualTo(Stamping.of("stamp"));
                });
    }

    @Test
    void anArticleOfAnUnchangedCorpusIsNotReadAndKeepsItsStoredOutcome() {
        assertThat(processor.process(new CorpusItem.Known("a", null)))
                .isEqualTo(new ProcessedArticle.Unchanged("a", Stamping.KEEP));
        assertThat(processor.process(new CorpusItem.Known("b", "vi.txt: file is empty")))
                .isEqualTo(new ProcessedArticle.Failed("b", "vi.txt: file is empty", Stamping.KEEP));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2024-08-15                |",
                "2024-08-15T08:45:00+07:00 |",
                "2024-08-15 08:45          |",
                "12/03/2024                | meta.properties: date \"12/03/2024\" is not a date of the form YYYY-MM-DD",
                "2024-02-30                | meta.properties: date \"2024-02-30\" is not a date of the form YYYY-MM-DD",
                "0000-01-01                | meta.properties: date \"0000-01-01\" is not a date of the form YYYY-MM-DD",
                "2024-08-15garbage         | meta.properties: date \"2024-08-15garbage\" is not a date of the form "
                        + "YYYY-MM-DD",
            })
    void aDateInMetaPropertiesIsAnIsoDateOrFailsTheArticle(String date, String reason) {
        FrenchChecker checker = mock(FrenchChecker.class);
        when(checker.check(anyList(), anyCollection())).thenReturn(ArticleCheck.failed(1, "not checked here"));
        ProcessedArticle processed = new ArticleProcessor(store, metadata, checker, new StageTimes())
                .process(item(new ArticleMeta("Titre", null, date), "Une phrase."));

        if (reason == null) {
            assertThat(processed).isNotInstanceOf(ProcessedArticle.Failed.class);
        } else {
            assertThat(processed).isEqualTo(new ProcessedArticle.Failed("a", reason));
        }
    }

    @Test
    void aTitleOverTheColumnFailsTheArticleAndSaysWhereItCameFrom() {
        assertThat(processor.process(item(ArticleMeta.NONE, "x".repeat(4_796_747))))
                .isEqualTo(new ProcessedArticle.Failed(
                        "a",
                        "title is 4,796,747 characters, over the limit of 2,000 "
                                + "(taken from the first paragraph of the French text, as meta.properties "
                                + "has no title)"));
        assertThat(processor.process(item(new ArticleMeta("t".repeat(2001), null, null), "Une phrase.")))
                .isEqualTo(new ProcessedArticle.Failed(
                        "a", "title is 2,001 characters, over the limit of 2,000 " + "(taken from meta.properties)"));
    }

    @Test
    void aSourceOverTheColumnOrWithAControlCharacterFailsTheArticle() {
        assertThat(processor.process(item(new ArticleMeta("Titre", "s".repeat(2001), null), "Une phrase.")))
                .isEqualTo(new ProcessedArticle.Failed(
                        "a", "meta.properties: source is 2,001 characters, over the limit of 2,000"));
        assertThat(processor.process(
                        item(new ArticleMeta("Titre", "https://example.org/\u0000a", null), "Une phrase.")))
                .isEqualTo(new ProcessedArticle.Failed("a", "meta.properties: source holds a control character"));
    }

    @Test
    void aFolderNameTheStoreCannotHoldFailsUnderAShortenedUniqueName() {
        String name = "n".repeat(201);
        ProcessedArticle processed = processor.process(new CorpusItem.Rejected(name, "no French version"));

        assertThat(processed)
                .isEqualTo(new ProcessedArticle.Failed(
                        ArticleLimits.reportableId(name),
                        "folder name is 201 characters, over the limit of 200; rename the folder"));
        assertThat(processed.articleId())
                .hasSizeLessThanOrEqualTo(ArticleLimits.ID_CHARS)
                .isNotEqualTo(ArticleLimits.reportableId("n".repeat(202)));
        assertThat(processor.process(new CorpusItem.Rejected("a\nb", "no French version")))
                .isEqualTo(new ProcessedArticle.Failed(
                        ArticleLimits.reportableId("a\nb"),
                        "folder name holds a control character (a line break, a tab); rename the folder"));
        assertThat(ArticleLimits.reportableId("a\nb")).doesNotContain("\n");
    }

    @Test
    void aSentenceOverTheLimitFailsTheArticleBeforeTheFrenchCheck() {
        ProcessedArticle processed =
                processor.process(item(new ArticleMeta("Titre", null, null), "Une phrase.", "mot ".repeat(1500)));

        assertThat(processed)
                .isEqualTo(new ProcessedArticle.Failed(
                        "a",
                        "French text: sentence 2 (paragraph 2) "
                                + "is 5,999 characters, over the limit of 5,000 (a page without punctuation "
                                + "or line breaks?)"));
    }

    /** An article as the ingestor would hand it over: its date is checked there, as in a run. */
    private CorpusItem item(ArticleMeta meta, String... french) {
        IngestedArticle ingested = new IngestedArticle(
                "a", meta, Map.of(Language.FR, new ArticleText(Language.FR, List.of(french))), "hash-2");
        try {
            ingested.published();
        } catch (ArticleInputException e) {
            return CorpusItem.Rejected.of(e);
        }
        return new CorpusItem.Ingested(ingested);
    }
}
