package org.songngu.store;

/**
 * One line of a run's report: the article, what happened, why when it failed, and whether it was
 * redone: read, segmented and aligned again only because the ingest pipeline changed.
 */
public record RunArticleRow(String articleId, RunOutcome outcome, String message, boolean redone) {

    public RunArticleRow(String articleId, RunOutcome outcome, String message) {
        this(articleId, outcome, message, false);
    }
}
