package org.songngu.quality;

import java.util.Map;
import java.util.TreeMap;

/**
 * Aggregate figures of one article's check: sentences checked, sentences with at least one
 * finding, findings per category, the mean sentence score, and how many sentences came from the
 * cache instead of LanguageTool.
 */
public record ArticleSummary(
        int sentences,
        int sentencesWithFindings,
        int findings,
        Map<String, Integer> findingsByCategory,
        double meanScore,
        int cachedSentences) {

    public ArticleSummary {
        if (sentences < 0 || sentencesWithFindings < 0 || findings < 0 || cachedSentences < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
        if (sentencesWithFindings > sentences || cachedSentences > sentences) {
            throw new IllegalArgumentException("more sentences counted than checked");
        }
        findingsByCategory = Map.copyOf(new TreeMap<>(findingsByCategory));
    }

    static ArticleSummary empty(int sentences) {
        return new ArticleSummary(sentences, 0, 0, Map.of(), 1.0, 0);
    }
}
