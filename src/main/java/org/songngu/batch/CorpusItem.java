package org.songngu.batch;

import org.songngu.corpus.ArticleFolder;

/** An item of the ingest step: an article folder to read, or one the corpus scan already rejected. */
sealed interface CorpusItem {

    String articleId();

    record Readable(ArticleFolder folder) implements CorpusItem {
        @Override
        public String articleId() {
            return folder.id();
        }
    }

    record Rejected(String articleId, String reason) implements CorpusItem {
    }
}
