package org.songngu.batch;

import java.util.List;

import org.songngu.store.ArticleRow;
import org.songngu.store.FindingRow;
import org.songngu.store.MetadataRow;
import org.songngu.store.VersionContent;

/** What the ingest step made of one article: ready to store, unchanged since the last run, or failed. */
sealed interface ProcessedArticle {

    String articleId();

    record Prepared(ArticleRow article, List<VersionContent> versions, List<FindingRow> findings,
            String checkStatus, String checkError, List<Double> sentenceScores, List<MetadataRow> metadata)
            implements ProcessedArticle {
        @Override
        public String articleId() {
            return article.id();
        }
    }

    record Unchanged(String articleId) implements ProcessedArticle {
    }

    record Failed(String articleId, String reason) implements ProcessedArticle {
    }
}
