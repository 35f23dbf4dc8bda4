package org.songngu.review;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.songngu.corpus.LanguagePair;
import org.songngu.store.ArticleSummaries;

/**
 * One line of the articles page and of {@code GET /api/articles}: the article, its review progress
 * per pair, its last run, its French findings and quality score (the mean of its French sentences'
 * scores, 1 without findings; null before a check), its lowest bead confidence and how many beads
 * lack a glossary term's translation. {@code frSentences} counts the aligned French sentences, the
 * title among them when it is the first one ({@code titleIsSentence}).
 */
public record ArticleSummary(
        String id,
        String title,
        String status,
        String lastError,
        int frSentences,
        List<PairProgress> pairs,
        int findings,
        LastRun lastRun,
        Double minConfidence,
        int missingTerms,
        Double qualityScore,
        boolean titleIsSentence) {

    public ArticleSummary {
        pairs = List.copyOf(pairs);
    }

    /** A summary of an article whose title is not one of its sentences. */
    public ArticleSummary(
            String id,
            String title,
            String status,
            String lastError,
            int frSentences,
            List<PairProgress> pairs,
            int findings,
            LastRun lastRun,
            Double minConfidence,
            int missingTerms,
            Double qualityScore) {
        this(
                id,
                title,
                status,
                lastError,
                frSentences,
                pairs,
                findings,
                lastRun,
                minConfidence,
                missingTerms,
                qualityScore,
                false);
    }

    /**
     * The French sentences of the body, the title aside: what {@code corpus/README.md} counts.
     * {@code frSentences} counts every aligned French sentence, the title included when the page
     * printed it as the first paragraph ({@code titleIsSentence}): it is aligned like the rest.
     */
    public int bodySentences() {
        return titleIsSentence ? Math.max(0, frSentences - 1) : frSentences;
    }

    /** "34 French sentences + the title", as the article list says it. */
    public String sentencesText() {
        int body = bodySentences();
        return body + (body == 1 ? " French sentence" : " French sentences") + (titleIsSentence ? " + the title" : "");
    }

    /** Review progress of one pair: approved and rejected beads out of all. */
    public record PairProgress(LanguagePair pair, int approved, int rejected, int total) {

        public int percent() {
            return total == 0 ? 0 : (int) Math.round(100.0 * (approved + rejected) / total);
        }
    }

    /** What the latest run that saw the article did with it. */
    public record LastRun(long executionId, String outcome, String message, Instant at) {}

    public PairProgress pair(LanguagePair pair) {
        return pairs.stream()
                .filter(progress -> progress.pair() == pair)
                .findFirst()
                .orElse(new PairProgress(pair, 0, 0, 0));
    }

    /** The progress of every pair Songngu aligns, in order, a pair without beads at zero: the list's columns. */
    public List<PairProgress> everyPair() {
        return Arrays.stream(LanguagePair.values()).map(this::pair).toList();
    }

    /** Reviewed when every bead of every pair is approved or rejected. */
    public String reviewState() {
        int total = pairs.stream().mapToInt(PairProgress::total).sum();
        int done = pairs.stream()
                .mapToInt(progress -> progress.approved() + progress.rejected())
                .sum();
        return ArticleSummaries.reviewState(total, done);
    }

    /** The review state in words, as the filter of the article list names it: "to do", "in progress"... */
    public String reviewStateText() {
        return switch (reviewState()) {
            case "todo" -> "to do";
            case "in-progress" -> "in progress";
            case "unaligned" -> "not aligned";
            default -> reviewState();
        };
    }

    public String displayTitle() {
        return title == null || title.isBlank() ? id : title;
    }
}
