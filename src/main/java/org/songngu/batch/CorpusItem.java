package org.songngu.batch;

import java.util.Map;
import org.songngu.corpus.ArticleFolder;
import org.songngu.corpus.ArticleIngestor;
import org.songngu.corpus.ArticleInputException;
import org.songngu.corpus.IngestedArticle;

/**
 * An item of the ingest step: a folder still to read and clean, an article read and cleaned, one
 * that could not be read, or one not read at all because nothing in the corpus changed. The reader
 * hands out folders and the processor reads them, so that whatever goes wrong while reading one
 * article is met on that article's item. Each carries what to do with its folder's stamp.
 */
sealed interface CorpusItem {

    String articleId();

    Stamping stamping();

    record ToRead(ArticleFolder folder, ArticleIngestor ingestor, Stamping stamping) implements CorpusItem {
        @Override
        public String articleId() {
            return folder.id();
        }
    }

    /** A folder's files as a remote run's manager staged them, for a worker without the folder to read. */
    record Staged(String articleId, Map<String, byte[]> files, ArticleIngestor ingestor, Stamping stamping)
            implements CorpusItem {}

    record Ingested(IngestedArticle article) implements CorpusItem {
        @Override
        public String articleId() {
            return article.id();
        }

        @Override
        public Stamping stamping() {
            return Stamping.FORGET;
        }
    }

    record Rejected(String articleId, String reason, Stamping stamping) implements CorpusItem {

        Rejected(String articleId, String reason) {
            this(articleId, reason, Stamping.FORGET);
        }

        /** The article is named on the report's line already: its reason is the file and what is wrong. */
        static Rejected of(ArticleInputException failure) {
            return new Rejected(
                    failure.articleId(),
                    failure.file() == null ? failure.reason() : failure.file() + ": " + failure.reason());
        }
    }

    /**
     * An article of a corpus in which no folder changed since the last run: not read, its outcome
     * the one stored with its folder's stamp.
     *
     * @param failure why its input failed the last time, {@code null} when it was stored
     */
    record Known(String articleId, String failure) implements CorpusItem {
        @Override
        public Stamping stamping() {
            return Stamping.KEEP;
        }
    }
}
