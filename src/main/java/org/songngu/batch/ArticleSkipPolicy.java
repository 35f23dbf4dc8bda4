package org.songngu.batch;

import org.springframework.batch.core.step.skip.SkipPolicy;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionException;

/**
 * Which failures of the ingest step fail one article (skipped, and recorded on it by
 * {@link ArticleFailureRecorder}) and which fail the run. Any exception met on one article fails
 * that article, however many articles fail so: a bug, a constraint violation, and a stack
 * overflow on a pathological text too. A database that cannot be reached is not the article's
 * fault and would fail every article the same way: it fails the run, which the next run resumes.
 */
class ArticleSkipPolicy implements SkipPolicy {

    @Override
    public boolean shouldSkip(Throwable failure, long skipCount) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransactionException) {
                return false;
            }
        }
        return failure instanceof Exception || failure instanceof StackOverflowError;
    }
}
