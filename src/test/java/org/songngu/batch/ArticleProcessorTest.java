package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.songngu.corpus.ArticleMeta;
import org.songngu.corpus.ArticleText;
import org.songngu.corpus.IngestedArticle;
import org.songngu.corpus.Language;
import org.songngu.store.ArticleStore;

/** The ingest step's processor on the paths that need no LanguageTool. */
class ArticleProcessorTest {

    private final ArticleStore store = mock(ArticleStore.class);
    private final ArticleProcessor processor = new ArticleProcessor(store, null, new StageTimes());
    private final IngestedArticle article = new IngestedArticle("a", ArticleMeta.NONE,
            Map.of(Language.FR, new ArticleText(Language.FR, List.of("Une phrase."))), "hash-1");

    @Test
    void aRejectedArticleFailsWithItsReason() {
        assertThat(processor.process(new CorpusItem.Rejected("b", "vi.txt: file is empty")))
                .isEqualTo(new ProcessedArticle.Failed("b", "vi.txt: file is empty"));
    }

    @Test
    void anArticleWithTheStoredHashIsUnchanged() {
        when(store.contentHash("a")).thenReturn(Optional.of("hash-1"));

        assertThat(processor.process(new CorpusItem.Ingested(article))).isEqualTo(new ProcessedArticle.Unchanged("a"));
    }

    @Test
    void anUnexpectedErrorFailsThatArticleOnly() {
        when(store.contentHash("a")).thenThrow(new IllegalStateException("boom"));

        assertThat(processor.process(new CorpusItem.Ingested(article)))
                .isEqualTo(new ProcessedArticle.Failed("a", "internal error: java.lang.IllegalStateException: boom"));
    }
}
