package org.songngu.batch;

import java.nio.file.Path;

import org.songngu.corpus.ArticleFolder;
import org.songngu.corpus.ArticleInputException;
import org.songngu.corpus.ArticleReader;
import org.songngu.corpus.CorpusScanner;
import org.songngu.corpus.IngestSettings;
import org.songngu.store.ArticleMetadataStore;
import org.songngu.store.ArticleStore;
import org.springframework.stereotype.Component;

/**
 * Tells whether a run would have anything to do: a new or changed article, one read but not yet
 * aligned, one an older ingest pipeline stored that no reviewer touched ({@link ArticleStore#isUpToDate}),
 * or one with a metadata line a reviewer put back. Scheduled runs ask first, so that a quiet corpus does not fill the job repository with
 * empty runs. An article that cannot be read is not news: it would fail again the same way.
 */
@Component
class CorpusChanges {

    private final ArticleStore store;
    private final ArticleMetadataStore metadata;
    private final ArticleReader reader;

    CorpusChanges(ArticleStore store, ArticleMetadataStore metadata, IngestSettings settings) {
        this.store = store;
        this.metadata = metadata;
        this.reader = new ArticleReader(settings);
    }

    boolean anythingToDo(Path corpus) {
        // An outdated article (older ingest version, never reviewed) is found by isUpToDate below, folder
        // by folder: a global query would also count imported articles and deleted folders, which no
        // run can bring up to date, and every tick would run.
        if (store.hasPendingAlignment() || metadata.anyLinesToPutBack()) {
            return true;
        }
        for (ArticleFolder folder : CorpusScanner.scan(corpus).articles()) {
            try {
                String hash = reader.read(folder).contentHash();
                if (!store.isUpToDate(folder.id(), hash)) {
                    return true;
                }
            } catch (ArticleInputException e) {
                // Bad input stays bad until its files change, and then its hash changes too.
            }
        }
        return false;
    }
}
