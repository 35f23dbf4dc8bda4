package org.songngu.batch;

import java.util.List;
import org.songngu.store.ArticleRow;
import org.songngu.store.FindingRow;
import org.songngu.store.MetadataRow;
import org.songngu.store.VersionContent;

/**
 * What the ingest step made of one article: ready to store, unchanged since the last run, or
 * failed; each with what to do with its folder's stamp.
 */
sealed interface ProcessedArticle {

    String articleId();

    Stamping stamping();

    /** {@code redone}: read again only because the ingest pipeline changed since it was stored. */
    record Prepared(
            ArticleRow article,
            List<VersionContent> versions,
            List<FindingRow> findings,
            String checkStatus,
            String checkError,
            List<Double> sentenceScores,
            List<MetadataRow> metadata,
            Stamping stamping,
            boolean redone)
            implements ProcessedArticle {

        @Override
        public String articleId() {
            return article.id();
        }
    }

    record Unchanged(String articleId, Stamping stamping) implements ProcessedArticle {
        Unchanged(String articleId) {
            this(articleId, Stamping.FORGET);
        }
    }

    record Failed(String articleId, String reason, Stamping stamping) implements ProcessedArticle {
        Failed(String articleId, String reason) {
            this(articleId, reason, Stamping.FORGET);
        }
    }
}
