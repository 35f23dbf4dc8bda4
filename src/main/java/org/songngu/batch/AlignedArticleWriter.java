package org.songngu.batch;

import org.songngu.store.ArticleStore;
import org.songngu.store.RunOutcome;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores each article's beads and marks it aligned with its model version, in the chunk's
 * transaction. Each article is stored within a savepoint: when the database refuses one (a
 * constraint, a value too long), that article's writes are rolled back and it is recorded as
 * failed, and the other articles of the chunk are stored.
 */
class AlignedArticleWriter implements ItemWriter<AlignedArticle> {

    private final ArticleStore store;
    private final long jobExecutionId;
    private final StageTimes times;
    private final TransactionTemplate savepoint;

    AlignedArticleWriter(
            ArticleStore store, long jobExecutionId, StageTimes times, PlatformTransactionManager transactionManager) {
        this.store = store;
        this.jobExecutionId = jobExecutionId;
        this.times = times;
        this.savepoint = new TransactionTemplate(transactionManager);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public void write(Chunk<? extends AlignedArticle> chunk) {
        times.time(StageTimes.Stage.STORE, () -> store(chunk));
    }

    private void store(Chunk<? extends AlignedArticle> chunk) {
        for (AlignedArticle article : chunk) {
            if (article.error() != null) {
                // the article keeps what it had (status, beads): the next run tries again
                store.markFailed(article.articleId(), article.error());
                store.recordOutcome(jobExecutionId, article.articleId(), RunOutcome.FAILED, article.error());
                continue;
            }
            boolean stored;
            try {
                stored = savepoint.execute(
                        status -> store.saveAlignment(article.articleId(), article.beads(), article.modelVersion()));
            } catch (DataAccessException e) {
                String error = "storing the alignment failed: " + firstLine(e.getMostSpecificCause());
                store.markFailed(article.articleId(), error);
                store.recordOutcome(jobExecutionId, article.articleId(), RunOutcome.FAILED, error);
                continue;
            }
            if (!stored) {
                store.recordOutcome(
                        jobExecutionId,
                        article.articleId(),
                        RunOutcome.UNCHANGED,
                        "a reviewer started on it during the run: the reviewed beads were kept");
            } else if (article.realigned()) {
                store.recordOutcome(
                        jobExecutionId,
                        article.articleId(),
                        RunOutcome.PROCESSED,
                        "realigned with model version " + article.modelVersion());
            } else {
                store.recordAligned(jobExecutionId, article.articleId());
            }
        }
    }

    private static String firstLine(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
