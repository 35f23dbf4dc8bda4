package org.songngu.store;

/** One line of a run's report: the article, what happened, and why when it failed. */
public record RunArticleRow(String articleId, RunOutcome outcome, String message) {
}
