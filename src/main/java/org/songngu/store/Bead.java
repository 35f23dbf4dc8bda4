package org.songngu.store;

import java.time.Instant;
import org.songngu.corpus.LanguagePair;

/**
 * One stored bead of a pair as the review sees it: French sentences {@code [srcStart, srcEnd)}
 * with target sentences {@code [tgtStart, tgtEnd)}, their texts, the aligner's confidence, the
 * review status, the version that optimistic locking compares, a reviewer's note for the next
 * reviewer (exported as a TMX {@code <note>}) and whether a reviewer edited the text of each side by
 * hand (it is then no longer its sentences joined). Also the JSON snapshot kept in the audit trail.
 */
public record Bead(
        Long id,
        String articleId,
        LanguagePair pair,
        int index,
        int srcStart,
        int srcEnd,
        int tgtStart,
        int tgtEnd,
        String srcText,
        String tgtText,
        double confidence,
        BeadStatus status,
        int version,
        Instant updatedAt,
        String updatedBy,
        String note,
        boolean srcEdited,
        boolean tgtEdited) {

    /** The longest reviewer's note a bead keeps. */
    public static final int MAX_NOTE = 2_000;

    /** A bead whose texts are its sentences, as the job stores it. */
    public Bead(
            Long id,
            String articleId,
            LanguagePair pair,
            int index,
            int srcStart,
            int srcEnd,
            int tgtStart,
            int tgtEnd,
            String srcText,
            String tgtText,
            double confidence,
            BeadStatus status,
            int version,
            Instant updatedAt,
            String updatedBy,
            String note) {
        this(
                id,
                articleId,
                pair,
                index,
                srcStart,
                srcEnd,
                tgtStart,
                tgtEnd,
                srcText,
                tgtText,
                confidence,
                status,
                version,
                updatedAt,
                updatedBy,
                note,
                false,
                false);
    }

    /** A bead without a reviewer's note. */
    public Bead(
            Long id,
            String articleId,
            LanguagePair pair,
            int index,
            int srcStart,
            int srcEnd,
            int tgtStart,
            int tgtEnd,
            String srcText,
            String tgtText,
            double confidence,
            BeadStatus status,
            int version,
            Instant updatedAt,
            String updatedBy) {
        this(
                id,
                articleId,
                pair,
                index,
                srcStart,
                srcEnd,
                tgtStart,
                tgtEnd,
                srcText,
                tgtText,
                confidence,
                status,
                version,
                updatedAt,
                updatedBy,
                null);
    }

    public Bead {
        org.songngu.align.Bead.checkRanges(srcStart, srcEnd, tgtStart, tgtEnd);
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

    public Bead withTexts(String source, String target) {
        return new Bead(
                id,
                articleId,
                pair,
                index,
                srcStart,
                srcEnd,
                tgtStart,
                tgtEnd,
                source,
                target,
                confidence,
                status,
                version,
                updatedAt,
                updatedBy,
                note,
                srcEdited,
                tgtEdited);
    }

    public Bead withStatus(BeadStatus newStatus) {
        return new Bead(
                id,
                articleId,
                pair,
                index,
                srcStart,
                srcEnd,
                tgtStart,
                tgtEnd,
                srcText,
                tgtText,
                confidence,
                newStatus,
                version,
                updatedAt,
                updatedBy,
                note,
                srcEdited,
                tgtEdited);
    }

    public Bead withRanges(
            int newSrcStart, int newSrcEnd, int newTgtStart, int newTgtEnd, String source, String target) {
        return new Bead(
                id,
                articleId,
                pair,
                index,
                newSrcStart,
                newSrcEnd,
                newTgtStart,
                newTgtEnd,
                source,
                target,
                confidence,
                status,
                version,
                updatedAt,
                updatedBy,
                note,
                srcEdited,
                tgtEdited);
    }

    public Bead withConfidence(double newConfidence) {
        return new Bead(
                id,
                articleId,
                pair,
                index,
                srcStart,
                srcEnd,
                tgtStart,
                tgtEnd,
                srcText,
                tgtText,
                newConfidence,
                status,
                version,
                updatedAt,
                updatedBy,
                note,
                srcEdited,
                tgtEdited);
    }

    public Bead asNew() {
        return new Bead(
                null,
                articleId,
                pair,
                index,
                srcStart,
                srcEnd,
                tgtStart,
                tgtEnd,
                srcText,
                tgtText,
                confidence,
                status,
                version,
                updatedAt,
                updatedBy,
                note,
                srcEdited,
                tgtEdited);
    }

    public Bead withNote(String newNote) {
        return new Bead(
                id,
                articleId,
                pair,
                index,
                srcStart,
                srcEnd,
                tgtStart,
                tgtEnd,
                srcText,
                tgtText,
                confidence,
                status,
                version,
                updatedAt,
                updatedBy,
                newNote,
                srcEdited,
                tgtEdited);
    }

    /** The bead with a reviewer's own text on one side (the other side's text and flag kept). */
    public Bead withEditedText(boolean source, String text) {
        return new Bead(
                id,
                articleId,
                pair,
                index,
                srcStart,
                srcEnd,
                tgtStart,
                tgtEnd,
                source ? text : srcText,
                source ? tgtText : text,
                confidence,
                status,
                version,
                updatedAt,
                updatedBy,
                note,
                source || srcEdited,
                !source || tgtEdited);
    }

    /** The bead with the texts of its sentences on the French side (a French edit replaced them). */
    public Bead withSentenceSource(String source) {
        return new Bead(
                id,
                articleId,
                pair,
                index,
                srcStart,
                srcEnd,
                tgtStart,
                tgtEnd,
                source,
                tgtText,
                confidence,
                status,
                version,
                updatedAt,
                updatedBy,
                note,
                false,
                tgtEdited);
    }
}
