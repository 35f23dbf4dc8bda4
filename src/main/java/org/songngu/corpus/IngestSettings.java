package org.songngu.corpus;

/**
 * The tunables of ingest.
 *
 * @param maxFileBytes           largest version or meta file accepted, in bytes
 * @param chromeMinArticles      a paragraph found in at least this many different articles of one
 *                               language is site chrome (never fewer than 2)
 * @param chromeMinShare         ... and in at least this share of the articles of that language, so
 *                               that on a large corpus a caption two articles happen to share is kept
 * @param chromeMaxChars         longer paragraphs are never learned as chrome: chrome is short, and
 *                               two articles quoting one long passage keep it
 * @param repeatsInDocument      a paragraph repeated this many times in one document is chrome
 * @param checkLanguage          whether each version is checked to be in the language it claims
 */
public record IngestSettings(
        long maxFileBytes,
        int chromeMinArticles,
        double chromeMinShare,
        int chromeMaxChars,
        int repeatsInDocument,
        boolean checkLanguage) {

    /** 5 MB: far above any news article, low enough to refuse a dump or a binary by mistake. */
    public static final long DEFAULT_MAX_FILE_BYTES = 5L * 1024 * 1024;

    public IngestSettings {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
        if (chromeMinArticles < 2) {
            throw new IllegalArgumentException("chromeMinArticles must be at least 2: " + chromeMinArticles);
        }
        if (!(chromeMinShare >= 0 && chromeMinShare <= 1)) {
            throw new IllegalArgumentException("chromeMinShare must be within [0, 1]: " + chromeMinShare);
        }
        if (chromeMaxChars <= 0) {
            throw new IllegalArgumentException("chromeMaxChars must be positive: " + chromeMaxChars);
        }
        if (repeatsInDocument < 2) {
            throw new IllegalArgumentException("repeatsInDocument must be at least 2: " + repeatsInDocument);
        }
    }

    /** 5 MB files; chrome in 2 articles and 2 % of them, up to 300 characters; 3 repeats in a document. */
    public static IngestSettings defaults() {
        return new IngestSettings(DEFAULT_MAX_FILE_BYTES, 2, 0.02, 300, 3, true);
    }

    public IngestSettings withMaxFileBytes(long bytes) {
        return new IngestSettings(
                bytes, chromeMinArticles, chromeMinShare, chromeMaxChars, repeatsInDocument, checkLanguage);
    }

    public IngestSettings withChromeMinArticles(int articles) {
        return new IngestSettings(
                maxFileBytes, articles, chromeMinShare, chromeMaxChars, repeatsInDocument, checkLanguage);
    }
}
