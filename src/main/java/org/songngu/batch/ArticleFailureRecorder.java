package org.songngu.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.songngu.store.ArticleLimits;
import org.songngu.store.ArticleStore;
import org.songngu.store.RunOutcome;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records on its article what the ingest step skipped after an unexpected exception: a bug met
 * while processing it, or a write the database refused (a constraint violation). The step's skip
 * policy ({@link ArticleSkipPolicy}) skips the article; when a write fails, Spring Batch rolls the
 * chunk back and writes its articles again one per transaction (the chunk scan), so that only the
 * article at fault is skipped and its chunk-mates are stored.
 *
 * <p>The record is written in a transaction of its own once the transaction that saw the failure
 * has ended. Spring Batch calls this listener inside that transaction, which is rolled back (and on
 * PostgreSQL is aborted by the failed statement), and which may still hold a lock on the article's
 * row: writing inside it would be lost, writing beside it while it runs could wait for itself.
 */
class ArticleFailureRecorder implements SkipListener<CorpusItem, ProcessedArticle> {

    private static final Logger log = LoggerFactory.getLogger(ArticleFailureRecorder.class);

    private final ArticleStore store;
    private final TransactionTemplate ownTransaction;
    private final long jobExecutionId;

    ArticleFailureRecorder(ArticleStore store, PlatformTransactionManager transactionManager, long jobExecutionId) {
        this.store = store;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jobExecutionId = jobExecutionId;
    }

    @Override
    public void onSkipInProcess(CorpusItem item, Throwable failure) {
        record(item.articleId(), "internal error: " + FailureReasons.describe(failure), failure);
    }

    @Override
    public void onSkipInWrite(ProcessedArticle item, Throwable failure) {
        record(item.articleId(), "could not be stored: " + FailureReasons.describe(failure), failure);
    }

    private void record(String articleId, String reason, Throwable failure) {
        log.error("article {} failed: {}", articleId, reason, failure);
        String id = ArticleLimits.reportableId(articleId);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            store(id, reason);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                store(id, reason);
            }
        });
    }

    private void store(String articleId, String reason) {
        try {
            ownTransaction.executeWithoutResult(status -> {
                store.markFailed(articleId, reason);
                store.recordOutcome(jobExecutionId, articleId, RunOutcome.FAILED, reason);
                // Not the files' fault, maybe not for good: the next run reads the corpus again.
                store.forgetFolderStamp(articleId);
            });
        } catch (RuntimeException e) {
            // The database refuses even the record (it is down, say): the log is all that is left.
            log.error("the failure of article {} could not be recorded ({})", articleId, reason, e);
        }
    }
}
