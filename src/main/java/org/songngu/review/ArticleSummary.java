package org.songngu.review;

/** One line of the articles page. */
public record ArticleSummary(String id, String title, String status, String lastError,
        int frSentences, int viBeads, int enBeads, int findings) {
}
