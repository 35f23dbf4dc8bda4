package org.songngu.batch;

import org.songngu.corpus.IngestedArticle;

/** An item of the ingest step: an article read and cleaned, or one that could not be read. */
sealed interface CorpusItem {

    String articleId();

    record Ingested(IngestedArticle article) implements CorpusItem {
        @Override
        public String articleId() {
            return article.id();
        }
    }

    record Rejected(String articleId, String reason) implements CorpusItem {
    }
}
