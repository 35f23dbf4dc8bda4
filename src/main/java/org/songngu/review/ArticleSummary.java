package org.songngu.review;

import java.time.Instant;
import java.util.List;

import org.songngu.store.ArticleSummaries;

/**
 * One line of the articles page and of {@code GET /api/articles}: the article, its review progress
 * per pair, its last run, its French findings and quality score (the mean of its French sentences'
 * scores, 1 without findings; null before a check), its lowest bead confidence and how many beads
 * lack a glossary term's translation.
 */
public record ArticleSummary(String id, String title, String status, String lastError, int frSentences,
        List<PairProgress> pairs, int findings, LastRun lastRun, Double minConfidence, int missingTerms,
        Double qualityScore) {

    public ArticleSummary {
        pairs = List.copyOf(pairs);
    }

    /** Review progress of one pair: approved and rejected beads out of all. */
    public record PairProgress(String pair, int approved, int rejected, int total) {

        public int percent() {
            return total == 0 ? 0 : (int) Math.round(100.0 * (approved + rejected) / total);
        }
    }

    /** What the latest run that saw the article did with it. */
    public record LastRun(long executionId, String outcome, String message, Instant at) {
    }

    public PairProgress pair(String pair) {
        return pairs.stream().filter(progress -> progress.pair().equals(pair)).findFirst()
                .orElse(new PairProgress(pair, 0, 0, 0));
    }

    /** Reviewed when every bead of every pair is approved or rejected. */
    public String reviewState() {
        int total = pairs.stream().mapToInt(PairProgress::total).sum();
        int done = pairs.stream().mapToInt(progress -> progress.approved() + progress.rejected()).sum();
        return ArticleSummaries.reviewState(total, done);
    }

    public String displayTitle() {
        return title == null || title.isBlank() ? id : title;
    }
}
