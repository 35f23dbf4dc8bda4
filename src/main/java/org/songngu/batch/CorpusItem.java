package org.songngu.batch;

import org.songngu.corpus.ArticleFolder;
import org.songngu.corpus.ArticleIngestor;
import org.songngu.corpus.ArticleInputException;
import org.songngu.corpus.IngestedArticle;

/**
 * An item of the ingest step: a folder still to read and clean, an article read and cleaned, or
 * one that could not be read. The reader hands out folders and the processor reads them, so that
 * whatever goes wrong while reading one article is met on that article's item.
 */
sealed interface CorpusItem {

    String articleId();

    record ToRead(ArticleFolder folder, ArticleIngestor ingestor) implements CorpusItem {
        @Override
        public String articleId() {
            return folder.id();
        }
    }

    record Ingested(IngestedArticle article) implements CorpusItem {
        @Override
        public String articleId() {
            return article.id();
        }
    }

    record Rejected(String articleId, String reason) implements CorpusItem {

        /** The article is named on the report's line already: its reason is the file and what is wrong. */
        static Rejected of(ArticleInputException failure) {
            return new Rejected(failure.articleId(),
                    failure.file() == null ? failure.reason() : failure.file() + ": " + failure.reason());
        }
    }
}
