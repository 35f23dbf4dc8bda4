package org.songngu.review;

/** A sentence that matches a search: where it is and its text. */
public record SearchHit(String articleId, String articleTitle, String language, int sentence, String text,
        int start, int end) {
}
