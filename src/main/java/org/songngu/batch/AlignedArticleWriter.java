package org.songngu.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.songngu.store.ArticleStore;
import org.songngu.store.BeadRow;
import org.songngu.store.RunOutcome;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stores each article's beads and marks it aligned with its model version, in the chunk's transaction. */
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
            Map<String, List<BeadRow>> beads = new LinkedHashMap<>();
            for (LanguagePair pair : LanguagePair.values()) {
                if (article.beads().containsKey(pair)) {
                    beads.put(pair.code(), article.beads().get(pair));
                }
            }
            store.saveAlignment(article.articleId(), beads, article.modelVersion());
            if (article.realigned()) {
                store.recordOutcome(jobExecutionId, article.articleId(), RunOutcome.PROCESSED,
                        "realigned with model version " + article.modelVersion());
            } else {
                store.recordAligned(jobExecutionId, article.articleId());
            }
        }
    }
}
