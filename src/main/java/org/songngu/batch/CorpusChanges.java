package org.songngu.batch;

import java.nio.file.Path;
import org.songngu.store.ArticleMetadataStore;
import org.songngu.store.ArticleStore;
import org.springframework.stereotype.Component;

/**
 * Tells whether a run would have anything to do: an article read but not yet aligned, a metadata
 * line a reviewer put back, or a corpus a run would read again ({@link StampedCorpus}: a new,
 * changed or touched folder, or an article an older ingest pipeline stored that no reviewer
 * touched). Scheduled runs ask first, so that a quiet corpus does not fill the job repository with
 * empty runs. It reads no file: it compares each folder's stamp with the one stored. An article
 * that failed on its input and whose files did not change since is not news: it would fail again
 * the same way.
 */
@Component
class CorpusChanges {

    private final ArticleStore store;
    private final ArticleMetadataStore metadata;

    CorpusChanges(ArticleStore store, ArticleMetadataStore metadata) {
        this.store = store;
        this.metadata = metadata;
    }

    boolean anythingToDo(Path corpus) {
        if (store.hasPendingAlignment()) {
            return true;
        }
        // Outdated articles and lines to put back count among the corpus's folders only: imported
        // articles and deleted folders, which no run can bring up to date, must not make every tick run.
        return StampedCorpus.take(corpus)
                .unchanged(store.storedFolders(), metadata.articlesWithLinesToPutBack())
                .isEmpty();
    }
}
