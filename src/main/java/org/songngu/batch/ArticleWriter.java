package org.songngu.batch;

import org.songngu.store.ArticleMetadataStore;
import org.songngu.store.ArticleStore;
import org.songngu.store.RunOutcome;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores what the ingest step made of each article, with its folder's stamp and what its reading
 * came to (for the next run's comparison), and records the article's outcome for this run.
 */
class ArticleWriter implements ItemWriter<ProcessedArticle> {

    /** The report line's reason for an article read again only because the ingest pipeline changed. */
    static final String REDONE = "redone: segmented and aligned again by the current ingest pipeline (version "
            + org.songngu.corpus.IngestVersion.CURRENT + "); its files did not change and no bead was reviewed";

    private final ArticleStore store;
    private final ArticleMetadataStore metadata;
    private final long jobExecutionId;
    private final StageTimes times;

    ArticleWriter(ArticleStore store, ArticleMetadataStore metadata, long jobExecutionId, StageTimes times) {
        this.store = store;
        this.metadata = metadata;
        this.jobExecutionId = jobExecutionId;
        this.times = times;
    }

    @Override
    public void write(Chunk<? extends ProcessedArticle> chunk) {
        times.time(StageTimes.Stage.STORE, () -> store(chunk));
    }

    private void store(Chunk<? extends ProcessedArticle> chunk) {
        for (ProcessedArticle item : chunk) {
            String failure = null;
            if (item instanceof ProcessedArticle.Prepared prepared) {
                store.saveSegmented(prepared.article(), prepared.versions());
                metadata.replace(prepared.articleId(), prepared.metadata());
                store.saveFindings(
                        prepared.articleId(),
                        prepared.findings(),
                        prepared.checkStatus(),
                        prepared.checkError(),
                        prepared.sentenceScores());
                store.recordOutcome(
                        jobExecutionId,
                        prepared.articleId(),
                        RunOutcome.PROCESSED,
                        prepared.redone() ? REDONE : null,
                        prepared.redone());
            } else if (item instanceof ProcessedArticle.Failed failed) {
                failure = failed.reason();
                store.markFailed(failed.articleId(), failed.reason());
                store.recordOutcome(jobExecutionId, failed.articleId(), RunOutcome.FAILED, failed.reason());
            } else {
                store.recordOutcome(jobExecutionId, item.articleId(), RunOutcome.UNCHANGED, null);
            }
            Stamping stamping = item.stamping();
            if (stamping.stamp() != null) {
                store.saveFolderStamp(item.articleId(), stamping.stamp(), failure);
            } else if (!stamping.keepStored()) {
                store.forgetFolderStamp(item.articleId());
            }
        }
    }
}
