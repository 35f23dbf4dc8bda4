package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** What fails one article and what fails the run. */
class ArticleSkipPolicyTest {

    private final ArticleSkipPolicy policy = new ArticleSkipPolicy();

    @Test
    void aBugOrAConstraintViolationFailsTheArticleHoweverManyFailed() {
        assertThat(policy.shouldSkip(new IllegalStateException("bug"), 1_000_000))
                .isTrue();
        assertThat(policy.shouldSkip(new DataIntegrityViolationException("too long"), 0))
                .isTrue();
        assertThat(policy.shouldSkip(new StackOverflowError(), 0)).isTrue();
    }

    @Test
    void aDatabaseThatCannotBeReachedFailsTheRun() {
        assertThat(policy.shouldSkip(new CannotGetJdbcConnectionException("down", new SQLException("refused")), 0))
                .isFalse();
        assertThat(policy.shouldSkip(new CannotCreateTransactionException("down"), 0))
                .isFalse();
        assertThat(policy.shouldSkip(
                        new IllegalStateException("wrapped", new CannotGetJdbcConnectionException("down")), 0))
                .isFalse();
        assertThat(policy.shouldSkip(new OutOfMemoryError(), 0)).isFalse();
    }
}
