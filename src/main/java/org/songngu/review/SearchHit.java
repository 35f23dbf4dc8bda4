package org.songngu.review;

import java.util.List;

/**
 * A sentence that matches a search: where it is, its text, the match's offsets, and what it is
 * aligned with (a concordance: the French and the other languages of the beads over it).
 */
public record SearchHit(
        String articleId,
        String articleTitle,
        String language,
        int sentence,
        String text,
        int start,
        int end,
        List<Aligned> aligned) {

    public SearchHit {
        aligned = aligned == null ? List.of() : List.copyOf(aligned);
    }

    public SearchHit(
            String articleId, String articleTitle, String language, int sentence, String text, int start, int end) {
        this(articleId, articleTitle, language, sentence, text, start, end, List.of());
    }

    /** One aligned counterpart: its language, the text of the bead's side, the bead and its review status. */
    public record Aligned(String language, String text, long beadId, String status) {}

    SearchHit withAligned(List<Aligned> counterparts) {
        return new SearchHit(articleId, articleTitle, language, sentence, text, start, end, counterparts);
    }

    /** The sentence's number as people read it (from 1). */
    public int number() {
        return sentence + 1;
    }
}
