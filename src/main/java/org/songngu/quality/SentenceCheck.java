package org.songngu.quality;

import java.util.Collection;
import java.util.List;

/**
 * The findings on one French sentence of an article and its quality score, in {@code (0, 1]}:
 * 1 means no finding (see {@link QualityScore} for how findings lower it).
 */
public record SentenceCheck(int sentence, List<QualityFinding> findings, double score) {

    public SentenceCheck {
        findings = List.copyOf(findings);
        if (findings.stream().anyMatch(finding -> finding.sentence() != sentence)) {
            throw new IllegalArgumentException("every finding must belong to sentence " + sentence);
        }
        if (!(score > 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be in (0, 1], got " + score);
        }
    }

    /** Whether a finding of one of {@code categories} is present, e.g. to leave a pair out of TMX. */
    public boolean hasFindingIn(Collection<String> categories) {
        return findings.stream().anyMatch(finding -> categories.contains(finding.category()));
    }
}
