package org.songngu.review;

/** One bead as the article page shows it. */
public record BeadView(long id, int index, String pair, String source, String target, double confidence,
        String status) {

    /** A coarse band for colouring: high, medium or low confidence. */
    public String band() {
        if (confidence >= 0.9) {
            return "high";
        }
        return confidence >= 0.5 ? "medium" : "low";
    }
}
