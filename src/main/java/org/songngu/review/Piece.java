package org.songngu.review;

/**
 * A run of text shown with one look: plain, a glossary term, a French finding, or both. The page
 * prints {@code text} escaped; {@code css} and {@code title} come from Songngu, not from stored text,
 * except for finding messages and term variants, which the page also escapes.
 */
public record Piece(String text, String css, String title) {

    public boolean plain() {
        return css.isEmpty();
    }
}
