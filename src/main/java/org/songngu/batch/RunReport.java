package org.songngu.batch;

import java.time.Duration;
import java.util.List;

import org.songngu.store.RunArticleRow;
import org.songngu.store.RunOutcome;

/**
 * What one run of the job did: its status, one line per article, and the errors that stopped the
 * run itself (a missing corpus folder, say), as opposed to one article's bad input.
 */
public record RunReport(long executionId, String status, List<RunArticleRow> articles, List<String> errors,
        Duration elapsed, long frenchSentences) {

    public RunReport {
        articles = List.copyOf(articles);
        errors = List.copyOf(errors);
    }

    public long count(RunOutcome outcome) {
        return articles.stream().filter(article -> article.outcome() == outcome).count();
    }

    /** {@code 1000 articles in 251.3 s: 238.8 articles/min, 199.1 French sentences/s}. */
    public String throughput() {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        return String.format("%d articles in %.1f s: %.1f articles/min, %.1f French sentences/s", articles.size(),
                seconds, articles.size() * 60 / seconds, frenchSentences / seconds);
    }

    /** True when the run completed and no article failed. */
    public boolean succeeded() {
        return "COMPLETED".equals(status) && count(RunOutcome.FAILED) == 0 && errors.isEmpty();
    }
}
