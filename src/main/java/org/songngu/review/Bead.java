package org.songngu.review;

import java.time.Instant;

/**
 * One stored bead of a pair as the review sees it: French sentences {@code [srcStart, srcEnd)}
 * with target sentences {@code [tgtStart, tgtEnd)}, their texts, the aligner's confidence, the
 * review status and the version that optimistic locking compares. Also the JSON snapshot kept in
 * the audit trail.
 */
public record Bead(Long id, String articleId, String pair, int index, int srcStart, int srcEnd, int tgtStart,
        int tgtEnd, String srcText, String tgtText, double confidence, BeadStatus status, int version,
        Instant updatedAt, String updatedBy) {

    public Bead {
        if (srcStart > srcEnd || tgtStart > tgtEnd || (srcStart == srcEnd && tgtStart == tgtEnd)) {
            throw new IllegalArgumentException("bead " + index + " has no sentence or a reversed range");
        }
        if (srcText == null || tgtText == null || status == null) {
            throw new IllegalArgumentException("bead " + index + " lacks a text or a status");
        }
    }

    /** The bead's shape, e.g. "1-1", "2-1", "0-1". */
    public String shape() {
        return (srcEnd - srcStart) + "-" + (tgtEnd - tgtStart);
    }

    Bead withTexts(String source, String target) {
        return new Bead(id, articleId, pair, index, srcStart, srcEnd, tgtStart, tgtEnd, source, target, confidence,
                status, version, updatedAt, updatedBy);
    }

    Bead withStatus(BeadStatus newStatus) {
        return new Bead(id, articleId, pair, index, srcStart, srcEnd, tgtStart, tgtEnd, srcText, tgtText, confidence,
                newStatus, version, updatedAt, updatedBy);
    }

    Bead withRanges(int newSrcStart, int newSrcEnd, int newTgtStart, int newTgtEnd, String source, String target) {
        return new Bead(id, articleId, pair, index, newSrcStart, newSrcEnd, newTgtStart, newTgtEnd, source, target,
                confidence, status, version, updatedAt, updatedBy);
    }

    Bead withConfidence(double newConfidence) {
        return new Bead(id, articleId, pair, index, srcStart, srcEnd, tgtStart, tgtEnd, srcText, tgtText,
                newConfidence, status, version, updatedAt, updatedBy);
    }

    Bead asNew() {
        return new Bead(null, articleId, pair, index, srcStart, srcEnd, tgtStart, tgtEnd, srcText, tgtText, confidence,
                status, version, updatedAt, updatedBy);
    }
}
