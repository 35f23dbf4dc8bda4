package org.songngu.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.songngu.corpus.ArticleFolder;
import org.songngu.corpus.ArticleIngestor;
import org.songngu.corpus.ArticleInputException;
import org.songngu.corpus.ArticleReader;
import org.songngu.corpus.BoilerplateModel;
import org.songngu.corpus.BoilerplatePatterns;
import org.songngu.corpus.CorpusScan;
import org.songngu.corpus.CorpusScanner;
import org.songngu.corpus.IngestSettings;
import org.songngu.corpus.MetadataDetector;
import org.songngu.corpus.MetadataRules;
import org.songngu.corpus.MetadataTemplates;
import org.songngu.store.ArticleMetadataStore;
import org.songngu.store.ArticleStore;
import org.songngu.store.TemplateRow;
import org.springframework.stereotype.Component;

/**
 * The corpus as one run reads it: its article folders sorted by id and the site chrome learned
 * from all of them together. Taken once per job execution and shared by the partitions of the
 * ingest step; it holds the articles' ids and stamps, never the articles: the chrome is learned
 * reading one article at a time in bounded memory, and each partition's reader reads and cleans
 * its articles again one at a time, so the ingest step's memory does not grow with the corpus
 * beyond a few hundred bytes an article. It keeps no folder's paths (about 1.4 KB an article, 28 MB
 * of the heap at 20,000 articles): a folder is found again from the corpus and its id when it is
 * read. When no folder changed since the last run ({@link StampedCorpus}), it reads nothing and
 * its items are the articles as the last run left them. Taking it is deterministic, so a worker in
 * another process that takes it again from the same folder sees the same articles in the same order.
 */
@Component
class CorpusSnapshots {

    private final IngestSettings settings;
    private final StageTimes times;
    private final ArticleMetadataStore metadata;
    private final ArticleStore store;
    private final Map<Long, Snapshot> byExecution = new ConcurrentHashMap<>();

    CorpusSnapshots(IngestSettings settings, StageTimes times, ArticleMetadataStore metadata, ArticleStore store) {
        this.settings = settings;
        this.times = times;
        this.metadata = metadata;
        this.store = store;
    }

    /**
     * One entry of a snapshot: a folder to read (no rejection, not known), an article rejected by the
     * scan or the first reading, or (in a corpus where nothing changed) an article known from the last run.
     */
    private record Entry(String articleId, String rejection, Stamping stamping, CorpusItem known) {

        static Entry known(CorpusItem item) {
            return new Entry(item.articleId(), null, Stamping.KEEP, item);
        }

        boolean toRead() {
            return rejection == null && known == null;
        }
    }

    private record Snapshot(Path corpus, List<Entry> entries, ArticleIngestor ingestor, CorpusLearning learning) {

        /**
         * The folder of an entry to read, checked again: a folder changed since the scan into one
         * that is no article any more fails that article alone.
         */
        ArticleFolder folder(Entry entry) {
            return CorpusScanner.readFolder(corpus.resolve(entry.articleId()));
        }
    }

    /** How many items the run {@code jobExecutionId} over {@code corpus} has; takes the snapshot on first use. */
    int size(long jobExecutionId, Path corpus) {
        return snapshot(jobExecutionId, corpus).entries().size();
    }

    /**
     * The items {@code [from, to)} of the run's snapshot: folders the processor reads and cleans one
     * at a time, and articles rejected already. Not thread-safe: one reader per partition.
     */
    PositionReader reader(long jobExecutionId, Path corpus, int from, int to) {
        Snapshot snapshot = snapshot(jobExecutionId, corpus);
        return new PositionReader(position -> item(snapshot, snapshot.entries().get(position)), from, to);
    }

    /** Receives a run's snapshot for workers in other processes ({@link StagedCorpus}). */
    interface Staging {

        /** What the run learned from all its articles; first. */
        void learned(CorpusLearning learning);

        /**
         * The next item in partition order: a folder to read, a rejection (folder null), or an
         * article known from the last run ({@code known} set: its last failure in {@code rejection}).
         */
        void item(String articleId, ArticleFolder folder, String rejection, Stamping stamping, boolean known);
    }

    /** Hands the run's snapshot, learned state then items in order, to {@code staging}. */
    void stage(long jobExecutionId, Path corpus, Staging staging) {
        Snapshot snapshot = snapshot(jobExecutionId, corpus);
        staging.learned(snapshot.learning());
        snapshot.entries().forEach(entry -> {
            if (entry.known() instanceof CorpusItem.Known known) {
                staging.item(known.articleId(), null, known.failure(), known.stamping(), true);
            } else if (entry.toRead()) {
                try {
                    staging.item(entry.articleId(), snapshot.folder(entry), null, entry.stamping(), false);
                } catch (ArticleInputException e) {
                    staging.item(
                            entry.articleId(), null, CorpusItem.Rejected.of(e).reason(), entry.stamping(), false);
                }
            } else {
                staging.item(entry.articleId(), null, entry.rejection(), entry.stamping(), false);
            }
        });
    }

    /** A folder is read by the processor, so that anything going wrong reading it fails that article alone. */
    private static CorpusItem item(Snapshot snapshot, Entry entry) {
        if (entry.known() != null) {
            return entry.known();
        }
        if (entry.rejection() != null) {
            return new CorpusItem.Rejected(entry.articleId(), entry.rejection(), entry.stamping());
        }
        try {
            return new CorpusItem.ToRead(snapshot.folder(entry), snapshot.ingestor(), entry.stamping());
        } catch (ArticleInputException e) {
            CorpusItem.Rejected rejected = CorpusItem.Rejected.of(e);
            return new CorpusItem.Rejected(rejected.articleId(), rejected.reason(), entry.stamping());
        }
    }

    /** Forgets a finished run's snapshot. */
    void release(long jobExecutionId) {
        byExecution.remove(jobExecutionId);
    }

    private Snapshot snapshot(long jobExecutionId, Path corpus) {
        return byExecution.computeIfAbsent(
                jobExecutionId, id -> times.time(StageTimes.Stage.INGEST, () -> take(corpus)));
    }

    private Snapshot take(Path corpus) {
        // Every folder looked at, none read: when nothing changed since the last run, that is all.
        StampedCorpus stamped = StampedCorpus.take(corpus);
        Optional<List<CorpusItem>> unchanged =
                stamped.unchanged(store.storedFolders(), metadata.articlesWithLinesToPutBack());
        if (unchanged.isPresent()) {
            return new Snapshot(
                    corpus,
                    unchanged.get().stream().map(Entry::known).toList(),
                    null,
                    new CorpusLearning(BoilerplateModel.empty(), MetadataTemplates.empty()));
        }
        CorpusScan scan = stamped.scan();
        ArticleReader reader = new ArticleReader(settings);
        BoilerplateModel.Learner chrome = new BoilerplateModel.Learner(settings);
        List<Entry> entries = new ArrayList<>();
        for (ArticleFolder folder : scan.articles()) {
            try {
                chrome.add(reader.read(folder));
                entries.add(new Entry(folder.id(), null, Stamping.of(stamped.stamp(folder.id())), null));
            } catch (ArticleInputException e) {
                entries.add(new Entry(
                        folder.id(),
                        CorpusItem.Rejected.of(e).reason(),
                        Stamping.of(stamped.stamp(folder.id())),
                        null));
            }
        }
        scan.rejected()
                .forEach(e -> entries.add(new Entry(
                        e.articleId(),
                        CorpusItem.Rejected.of(e).reason(),
                        Stamping.of(stamped.stamp(e.articleId())),
                        null)));
        entries.sort(Comparator.comparing(Entry::articleId));
        Snapshot located = new Snapshot(corpus, entries, null, null);
        // A corpus too varied for the bounded count to decide alone is read once more, one article at a time.
        BoilerplateModel model = chrome.learn(() -> {
            for (Entry entry : entries) {
                if (entry.toRead()) {
                    try {
                        chrome.add(reader.read(located.folder(entry)));
                    } catch (ArticleInputException e) {
                        // its ingest reads it again and reports it
                    }
                }
            }
        });
        // Templates are learned from the text once chrome is removed, so the chrome model comes first:
        // a second reading, one article at a time, keeps the corpus out of memory. An article that
        // cannot be read now is reported by its own ingest.
        ArticleIngestor.TemplateLearning learning = new ArticleIngestor.TemplateLearning(model, settings);
        for (Entry entry : entries) {
            if (entry.toRead()) {
                try {
                    learning.add(reader.read(located.folder(entry)));
                } catch (ArticleInputException e) {
                    // its ingest reads it again and reports it
                }
            }
        }
        MetadataTemplates templates = learning.build();
        // The templates are learned from the whole corpus at every run; the latest run's are kept to be shown.
        metadata.replaceTemplates(templates.all().stream()
                .map(template -> new TemplateRow(
                        template.language().code(),
                        template.site(),
                        template.shape(),
                        template.kind().label(),
                        template.articles(),
                        template.example()))
                .toList());
        return new Snapshot(
                corpus,
                List.copyOf(entries),
                ingestor(new CorpusLearning(model, templates), settings),
                new CorpusLearning(model, templates));
    }

    /** The ingestor of a run that learned {@code learning}. */
    static ArticleIngestor ingestor(CorpusLearning learning, IngestSettings settings) {
        return new ArticleIngestor(
                learning.chrome(),
                BoilerplatePatterns.standard(),
                new MetadataDetector(MetadataRules.standard(), learning.templates()),
                settings);
    }
}
