package org.songngu.batch;

import java.util.List;
import java.util.Map;

import org.songngu.store.ArticleStore;
import org.songngu.store.BeadRow;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stores each article's beads per pair and marks it aligned, in the chunk's transaction. */
class AlignedArticleWriter implements ItemWriter<AlignedArticle> {

    private final ArticleStore store;
    private final long jobExecutionId;
    private final StageTimes times;

    AlignedArticleWriter(ArticleStore store, long jobExecutionId, StageTimes times) {
        this.store = store;
        this.jobExecutionId = jobExecutionId;
        this.times = times;
    }

    @Override
    public void write(Chunk<? extends AlignedArticle> chunk) {
        times.time(StageTimes.Stage.STORE, () -> store(chunk));
    }

    private void store(Chunk<? extends AlignedArticle> chunk) {
        for (AlignedArticle article : chunk) {
            for (Map.Entry<LanguagePair, List<BeadRow>> pair : article.beads().entrySet()) {
                store.saveBeads(article.articleId(), pair.getKey().code(), pair.getValue());
            }
            store.markAligned(article.articleId());
            store.recordAligned(jobExecutionId, article.articleId());
        }
    }
}
