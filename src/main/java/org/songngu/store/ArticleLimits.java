package org.songngu.store;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What one article may hold for the store to keep it: the bounds of the schema's columns
 * ({@code V2__translation_memory.sql}) and the length of one sentence. The ingest step checks an
 * article against them before it writes anything, so that an article over a bound fails alone with
 * a reason a user can act on ({@code title is 4,796,747 characters, over the limit of 2,000})
 * instead of a constraint violation that names no article. A migration that changes one of these
 * columns changes its bound here.
 */
public final class ArticleLimits {

    /** {@code article.id VARCHAR(200)}, and every {@code article_id} column. */
    public static final int ID_CHARS = 200;
    /** {@code article.title VARCHAR(2000)}. */
    public static final int TITLE_CHARS = 2000;
    /** {@code article.source_url VARCHAR(2000)}. */
    public static final int SOURCE_CHARS = 2000;
    /**
     * One sentence. {@code sentence.content} is unbounded in the schema; the bound is ours: a
     * "sentence" this long is a page without punctuation or line breaks (a failed scrape), which
     * no translator can review and which would hold the French check and the aligner for nothing.
     * The longest sentence of the sample corpus is under 700 characters.
     */
    public static final int SENTENCE_CHARS = 5000;

    private static final int SHOWN_ID_CHARS = 60;

    private ArticleLimits() {}

    /** Why {@code id} (a folder name) cannot be an article id, if it cannot. */
    public static Optional<String> idProblem(String id) {
        if (id.length() > ID_CHARS) {
            return Optional.of("folder name is " + count(id.length()) + " characters, over the limit of "
                    + count(ID_CHARS) + "; rename the folder");
        }
        if (id.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("folder name holds a control character (a line break, a tab); rename the folder");
        }
        return Optional.empty();
    }

    /**
     * The id under which an article whose folder name cannot be stored is reported: the name
     * itself when it can be, otherwise its beginning, printable, with a digest of the whole name
     * so that two long names never meet under one id.
     */
    public static String reportableId(String id) {
        if (idProblem(id).isEmpty()) {
            return id;
        }
        StringBuilder shown = new StringBuilder();
        id.codePoints().limit(SHOWN_ID_CHARS).forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return shown + "…#" + HexFormat.of().toHexDigits(id.hashCode());
    }

    /**
     * Why the article's metadata cannot be stored, if it cannot.
     *
     * @param titleOrigin where the title came from, named in the reason ("meta.properties",
     *                    "the first line of fr.txt"), so that the user knows which file to fix
     */
    public static Optional<String> metadataProblem(ArticleRow article, String titleOrigin) {
        if (article.title() != null && article.title().length() > TITLE_CHARS) {
            return Optional.of("title is " + count(article.title().length()) + " characters, over the limit of "
                    + count(TITLE_CHARS) + " (taken from " + titleOrigin + ")");
        }
        String source = article.sourceUrl();
        if (source != null && source.length() > SOURCE_CHARS) {
            return Optional.of("meta.properties: source is " + count(source.length())
                    + " characters, over the limit of " + count(SOURCE_CHARS));
        }
        if (source != null && source.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("meta.properties: source holds a control character");
        }
        return Optional.empty();
    }

    /** Why a version's sentences cannot be stored, if they cannot: the first one over the bound. */
    public static Optional<String> sentenceProblem(String fileName, List<SentenceRow> sentences) {
        for (SentenceRow sentence : sentences) {
            if (sentence.text().length() > SENTENCE_CHARS) {
                return Optional.of(fileName + ": sentence " + (sentence.index() + 1) + " (paragraph "
                        + (sentence.paragraph() + 1) + ") is "
                        + count(sentence.text().length())
                        + " characters, over the limit of " + count(SENTENCE_CHARS)
                        + " (a page without punctuation or line breaks?)");
            }
        }
        return Optional.empty();
    }

    /** {@code 4,796,747}: counts grouped in thousands, the same on every machine. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
