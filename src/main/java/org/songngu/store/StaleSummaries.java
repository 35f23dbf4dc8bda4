package org.songngu.store;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the stored article summaries up to date when Songngu starts, before any run or command:
 * those of articles stored by an older version (no summary, no search keys yet) and those counted
 * under another glossary. Costs one query when nothing is stale.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaleSummaries implements ApplicationRunner {

    private final ArticleSummaries summaries;

    StaleSummaries(ArticleSummaries summaries) {
        this.summaries = summaries;
    }

    @Override
    public void run(ApplicationArguments args) {
        summaries.refreshStale();
    }
}
