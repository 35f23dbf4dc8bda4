package org.songngu.batch;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.songngu.store.RunArticleRow;
import org.songngu.store.RunOutcome;

/**
 * What one run of the job did: its status, one line per article, and the errors that stopped the
 * run itself (a missing corpus folder, say), as opposed to one article's bad input; with the
 * metadata lines the processed articles had set aside, per kind, and the templates learned.
 */
public record RunReport(
        long executionId,
        String status,
        List<RunArticleRow> articles,
        List<String> errors,
        Duration elapsed,
        long frenchSentences,
        Map<String, Long> metadataByKind,
        List<String> templates) {

    public RunReport {
        articles = List.copyOf(articles);
        errors = List.copyOf(errors);
        metadataByKind = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadataByKind));
        templates = List.copyOf(templates);
    }

    public RunReport(
            long executionId,
            String status,
            List<RunArticleRow> articles,
            List<String> errors,
            Duration elapsed,
            long frenchSentences) {
        this(executionId, status, articles, errors, elapsed, frenchSentences, Map.of(), List.of());
    }

    /** {@code 12 lines set aside: 5 date, 3 counter, 2 credit, 2 author}, or that none were. */
    public String metadataSummary() {
        long total = metadataByKind.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return "no line set aside";
        }
        StringBuilder summary = new StringBuilder(total + (total == 1 ? " line" : " lines") + " set aside:");
        String separator = " ";
        for (Map.Entry<String, Long> kind : metadataByKind.entrySet()) {
            summary.append(separator).append(kind.getValue()).append(' ').append(kind.getKey());
            separator = ", ";
        }
        return summary.toString();
    }

    public long count(RunOutcome outcome) {
        return articles.stream().filter(article -> article.outcome() == outcome).count();
    }

    /**
     * How many articles the run redid: read, segmented and aligned again only because the ingest
     * pipeline changed since they were stored (their files did not, no bead was reviewed).
     */
    public long redone() {
        return articles.stream().filter(RunArticleRow::redone).count();
    }

    /** {@code 3 processed (2 redone after a pipeline change), 1 unchanged, 0 failed}. */
    public String counts() {
        long redone = redone();
        return count(RunOutcome.PROCESSED) + " processed"
                + (redone == 0 ? "" : " (" + redone + " redone after a pipeline change)")
                + ", " + count(RunOutcome.UNCHANGED) + " unchanged, " + count(RunOutcome.FAILED) + " failed";
    }

    /** {@code 1000 articles in 251.3 s: 238.8 articles/min, 199.1 French sentences/s}. */
    public String throughput() {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        return String.format(
                "%d articles in %.1f s: %.1f articles/min, %.1f French sentences/s",
                articles.size(), seconds, articles.size() * 60 / seconds, frenchSentences / seconds);
    }

    /** True when the run completed and no article failed. */
    public boolean succeeded() {
        return "COMPLETED".equals(status) && count(RunOutcome.FAILED) == 0 && errors.isEmpty();
    }
}
