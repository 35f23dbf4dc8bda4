package org.songngu.review;

import java.time.Instant;

/**
 * One stored bead of a pair as the review sees it: French sentences {@code [srcStart, srcEnd)}
 * with target sentences {@code [tgtStart, tgtEnd)}, their texts, the aligner's confidence, the
 * review status, the version that optimistic locking compares and a reviewer's note for the next
 * reviewer (exported as a TMX {@code <note>}). Also the JSON snapshot kept in the audit trail.
 */
public record Bead(Long id, String articleId, String pair, int index, int srcStart, int srcEnd, int tgtStart,
        int tgtEnd, String srcText, String tgtText, double confidence, BeadStatus status, int version,
        Instant updatedAt, String updatedBy, String note) {

    /** The longest reviewer's note a bead keeps. */
    public static final int MAX_NOTE = 2_000;

    /** A bead without a reviewer's note. */
    public Bead(Long id, String articleId, String pair, int index, int srcStart, int srcEnd, int tgtStart, int tgtEnd,
            String srcText, String tgtText, double confidence, BeadStatus status, int version, Instant updatedAt,
            String updatedBy) {
        this(id, articleId, pair, index, srcStart, srcEnd, tgtStart, tgtEnd, srcText, tgtText, confidence, status,
                version, updatedAt, updatedBy, null);
    }

    public Bead {
        if (srcStart > srcEnd || tgtStart > tgtEnd || (srcStart == srcEnd && tgtStart == tgtEnd)) {
            throw new IllegalArgumentException("bead " + index + " has no sentence or a reversed range");
        }
        if (srcText == null || tgtText == null || status == null) {
            throw new IllegalArgumentException("bead " + index + " lacks a text or a status");
        }
        note = note == null || note.isBlank() ? null : note;
    }

    /** The bead's place as people read it: 1 for the first (the API's {@code index} counts from 0). */
    public int number() {
        return index + 1;
    }

    /** "#1" for the first bead: how pages, messages and the audit trail name a bead. */
    public String label() {
        return "#" + number();
    }

    /** The sentences of one side as people read them, 1-based and inclusive: "3", "3–4", or "none". */
    public static String sentences(int start, int end) {
        if (start == end) {
            return "none";
        }
        return end - start == 1 ? String.valueOf(start + 1) : (start + 1) + "–" + end;
    }

    /** The bead's shape, e.g. "1-1", "2-1", "0-1". */
    public String shape() {
        return (srcEnd - srcStart) + "-" + (tgtEnd - tgtStart);
    }

    Bead withTexts(String source, String target) {
        return new Bead(id, articleId, pair, index, srcStart, srcEnd, tgtStart, tgtEnd, source, target, confidence,
                status, version, updatedAt, updatedBy, note);
    }

    Bead withStatus(BeadStatus newStatus) {
        return new Bead(id, articleId, pair, index, srcStart, srcEnd, tgtStart, tgtEnd, srcText, tgtText, confidence,
                newStatus, version, updatedAt, updatedBy, note);
    }

    Bead withRanges(int newSrcStart, int newSrcEnd, int newTgtStart, int newTgtEnd, String source, String target) {
        return new Bead(id, articleId, pair, index, newSrcStart, newSrcEnd, newTgtStart, newTgtEnd, source, target,
                confidence, status, version, updatedAt, updatedBy, note);
    }

    Bead withConfidence(double newConfidence) {
        return new Bead(id, articleId, pair, index, srcStart, srcEnd, tgtStart, tgtEnd, srcText, tgtText,
                newConfidence, status, version, updatedAt, updatedBy, note);
    }

    Bead asNew() {
        return new Bead(null, articleId, pair, index, srcStart, srcEnd, tgtStart, tgtEnd, srcText, tgtText, confidence,
                status, version, updatedAt, updatedBy, note);
    }

    Bead withNote(String newNote) {
        return new Bead(id, articleId, pair, index, srcStart, srcEnd, tgtStart, tgtEnd, srcText, tgtText, confidence,
                status, version, updatedAt, updatedBy, newNote);
    }
}
