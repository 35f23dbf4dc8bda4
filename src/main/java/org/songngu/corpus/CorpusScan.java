package org.songngu.corpus;

import java.util.List;

/**
 * What a scan of the corpus folder found: the usable article folders, and the folders rejected for
 * their shape (no French version, two files for one language), each with its reason.
 * Both lists are sorted by article id.
 */
public record CorpusScan(List<ArticleFolder> articles, List<ArticleInputException> rejected) {

    public CorpusScan {
        articles = List.copyOf(articles);
        rejected = List.copyOf(rejected);
    }
}
