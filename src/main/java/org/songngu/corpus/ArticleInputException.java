package org.songngu.corpus;

/**
 * An article that cannot be ingested, with the article, the file and a reason a user can act on:
 * {@code article thai-binh-dan-van, vi.txt: not valid UTF-8 at byte 1043}. The only exception that
 * reading an article throws; the run records it on that article and goes on with the others.
 */
public class ArticleInputException extends RuntimeException {

    private final String articleId;
    private final String file;
    private final String reason;

    /**
     * @param articleId the article (its folder name)
     * @param file      the file name inside the article folder, or {@code null} when the problem
     *                  concerns the whole article (no French version, for example)
     * @param reason    what is wrong, in words for the user
     */
    public ArticleInputException(String articleId, String file, String reason) {
        super("article " + articleId + (file == null ? "" : ", " + file) + ": " + reason);
        this.articleId = articleId;
        this.file = file;
        this.reason = reason;
    }

    public ArticleInputException(String articleId, String file, String reason, Throwable cause) {
        this(articleId, file, reason);
        initCause(cause);
    }

    public String articleId() {
        return articleId;
    }

    /** The file name inside the article folder, or {@code null} for a problem of the whole article. */
    public String file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
