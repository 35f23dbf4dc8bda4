package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.songngu.corpus.ArticleMeta;
import org.songngu.corpus.ArticleText;
import org.songngu.corpus.IngestedArticle;
import org.songngu.corpus.Language;
import org.songngu.quality.ArticleCheck;
import org.songngu.quality.FrenchChecker;
import org.songngu.store.ArticleMetadataStore;
import org.songngu.store.ArticleStore;

/** The ingest step's processor on the paths that need no LanguageTool (the checker is a mock). */
class ArticleProcessorTest {

    private final ArticleStore store = mock(ArticleStore.class);
    private final ArticleMetadataStore metadata = mock(ArticleMetadataStore.class);
    private final ArticleProcessor processor = new ArticleProcessor(store, metadata, null, new StageTimes());
    private final IngestedArticle article = new IngestedArticle("a", ArticleMeta.NONE,
            Map.of(Language.FR, new ArticleText(Language.FR, List.of("Une phrase."))), "hash-1");

    @Test
    void aRejectedArticleFailsWithItsReason() {
        assertThat(processor.process(new CorpusItem.Rejected("b", "vi.txt: file is empty")))
                .isEqualTo(new ProcessedArticle.Failed("b", "vi.txt: file is empty"));
    }

    @Test
    void anArticleWithTheStoredHashIsUnchanged() {
        when(store.isUpToDate("a", "hash-1")).thenReturn(true);

        assertThat(processor.process(new CorpusItem.Ingested(article))).isEqualTo(new ProcessedArticle.Unchanged("a"));
    }

    @Test
    void waitingForTheCheckersStartUpIsNotCountedAsCheckingTime() {
        FrenchChecker checker = mock(FrenchChecker.class);
        doAnswer(invocation -> {
            Thread.sleep(300);
            return null;
        }).when(checker).awaitWarmUp();
        when(checker.check(anyList(), anyCollection())).thenReturn(ArticleCheck.failed(1, "not checked here"));
        when(store.isUpToDate("a", "hash-1")).thenReturn(false);
        StageTimes times = new StageTimes();

        ProcessedArticle processed = new ArticleProcessor(store, metadata, checker, times).process(new CorpusItem.Ingested(article));

        assertThat(processed).isInstanceOf(ProcessedArticle.Prepared.class);
        assertThat(times.snapshot().get(StageTimes.Stage.LANGUAGETOOL_START_UP)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(times.snapshot().get(StageTimes.Stage.FRENCH_CHECK)).isLessThan(Duration.ofMillis(300));
        assertThat(times.describe()).containsPattern("languagetool start up [0-9.]+ s, french check [0-9.]+ s");
    }

    @Test
    void anUnexpectedErrorFailsThatArticleOnly() {
        when(store.isUpToDate("a", "hash-1")).thenThrow(new IllegalStateException("boom"));

        assertThat(processor.process(new CorpusItem.Ingested(article)))
                .isEqualTo(new ProcessedArticle.Failed("a", "internal error: java.lang.IllegalStateException: boom"));
    }
}
