package org.songngu.batch;

import java.nio.file.Path;

import org.songngu.corpus.ArticleFolder;
import org.songngu.corpus.ArticleInputException;
import org.songngu.corpus.ArticleReader;
import org.songngu.corpus.CorpusScanner;
import org.songngu.corpus.IngestSettings;
import org.songngu.store.ArticleStore;
import org.springframework.stereotype.Component;

/**
 * Tells whether a run would have anything to do: a new or changed article, or one read but not yet
 * aligned. Scheduled runs ask first, so that a quiet corpus does not fill the job repository with
 * empty runs. An article that cannot be read is not news: it would fail again the same way.
 */
@Component
class CorpusChanges {

    private final ArticleStore store;
    private final ArticleReader reader;

    CorpusChanges(ArticleStore store, IngestSettings settings) {
        this.store = store;
        this.reader = new ArticleReader(settings);
    }

    boolean anythingToDo(Path corpus) {
        if (store.hasPendingAlignment()) {
            return true;
        }
        for (ArticleFolder folder : CorpusScanner.scan(corpus).articles()) {
            try {
                String hash = reader.read(folder).contentHash();
                if (store.contentHash(folder.id()).filter(hash::equals).isEmpty()) {
                    return true;
                }
            } catch (ArticleInputException e) {
                // Bad input stays bad until its files change, and then its hash changes too.
            }
        }
        return false;
    }
}
