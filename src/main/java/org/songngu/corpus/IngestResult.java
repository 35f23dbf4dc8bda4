package org.songngu.corpus;

import java.util.Comparator;
import java.util.List;

/**
 * The outcome of ingesting a whole corpus: the articles ready for segmentation and the articles
 * that failed, each with its reason. Both sorted by article id. With them, the metadata templates
 * learned from the corpus.
 */
public record IngestResult(
        List<IngestedArticle> articles, List<ArticleInputException> failures, MetadataTemplates templates) {

    public IngestResult(List<IngestedArticle> articles, List<ArticleInputException> failures) {
        this(articles, failures, MetadataTemplates.empty());
    }

    public IngestResult {
        articles = articles.stream()
                .sorted(Comparator.comparing(IngestedArticle::id))
                .toList();
        failures = failures.stream()
                .sorted(Comparator.comparing(ArticleInputException::articleId))
                .toList();
    }
}
