package org.songngu.batch;

import java.util.List;

import org.songngu.store.RunArticleRow;
import org.songngu.store.RunOutcome;

/**
 * What one run of the job did: its status, one line per article, and the errors that stopped the
 * run itself (a missing corpus folder, say), as opposed to one article's bad input.
 */
public record RunReport(long executionId, String status, List<RunArticleRow> articles, List<String> errors) {

    public RunReport {
        articles = List.copyOf(articles);
        errors = List.copyOf(errors);
    }

    public long count(RunOutcome outcome) {
        return articles.stream().filter(article -> article.outcome() == outcome).count();
    }

    /** True when the run completed and no article failed. */
    public boolean succeeded() {
        return "COMPLETED".equals(status) && count(RunOutcome.FAILED) == 0 && errors.isEmpty();
    }
}
