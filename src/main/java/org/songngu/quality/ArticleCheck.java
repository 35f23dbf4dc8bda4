package org.songngu.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The French quality check of one article: either every sentence with its findings and score and
 * a summary, or a failure with its reason (LanguageTool threw or the article took longer than the
 * configured time-out), so that one bad article never stops a batch run.
 */
public record ArticleCheck(List<SentenceCheck> sentences, ArticleSummary summary, String failure) {

    public ArticleCheck {
        sentences = List.copyOf(sentences);
        failure = failure == null ? "" : failure;
        if (!failure.isEmpty() && !sentences.isEmpty()) {
            throw new IllegalArgumentException("a failed check carries no sentence results");
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).sentence() != i) {
                throw new IllegalArgumentException("sentence results must be in article order");
            }
        }
    }

    /** A failed check of an article of {@code sentenceCount} sentences. */
    public static ArticleCheck failed(int sentenceCount, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a failed check needs a reason");
        }
        return new ArticleCheck(List.of(), ArticleSummary.empty(sentenceCount), reason);
    }

    /** A successful check, with the summary computed from the sentence results. */
    static ArticleCheck of(List<SentenceCheck> sentences, int cachedSentences) {
        Map<String, Integer> byCategory = new TreeMap<>();
        int withFindings = 0;
        int findings = 0;
        double scoreSum = 0;
        for (SentenceCheck sentence : sentences) {
            withFindings += sentence.findings().isEmpty() ? 0 : 1;
            findings += sentence.findings().size();
            scoreSum += sentence.score();
            sentence.findings().forEach(finding -> byCategory.merge(finding.category(), 1, Integer::sum));
        }
        double mean = sentences.isEmpty() ? 1.0 : scoreSum / sentences.size();
        return new ArticleCheck(
                new ArrayList<>(sentences),
                new ArticleSummary(sentences.size(), withFindings, findings, byCategory, mean, cachedSentences),
                "");
    }

    public boolean isFailed() {
        return !failure.isEmpty();
    }

    /** Every finding of the article, in sentence order. */
    public List<QualityFinding> findings() {
        return sentences.stream()
                .flatMap(sentence -> sentence.findings().stream())
                .toList();
    }
}
