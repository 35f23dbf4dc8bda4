package org.songngu.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.songngu.corpus.ArticleFolder;
import org.songngu.corpus.ArticleIngestor;
import org.songngu.corpus.ArticleInputException;
import org.songngu.corpus.ArticleReader;
import org.songngu.corpus.IngestSettings;
import org.songngu.glossary.Glossary;
import org.songngu.glossary.GlossaryBytes;
import org.songngu.store.StagedInputs;

/**
 * A remote run's corpus as its workers read it: the manager stages what it read from the corpus
 * folder (its snapshot's items in partition order, the raw files of each, what it learned from all
 * of them) in the database, and a worker in another process, without the folder, reads and
 * ingests each item from there exactly as a local partition would from the folder.
 */
class StagedCorpus {

    /** Articles staged per transaction. */
    private static final int BATCH = 50;
    /** Runs whose learned state a worker keeps decoded (a worker outlives runs). */
    private static final int KEPT_RUNS = 2;

    private final CorpusSnapshots snapshots;
    private final StagedInputs staged;
    private final IngestSettings settings;
    private final StageTimes times;
    private final Glossary glossary;
    private final ArticleReader reader;
    private final Map<Long, ArticleIngestor> ingestors = new LinkedHashMap<>();

    StagedCorpus(
            CorpusSnapshots snapshots,
            StagedInputs staged,
            IngestSettings settings,
            StageTimes times,
            Glossary glossary) {
        this.snapshots = snapshots;
        this.glossary = glossary;
        this.staged = staged;
        this.settings = settings;
        this.times = times;
        this.reader = new ArticleReader(settings);
    }

    /**
     * Manager: stages the run's snapshot of {@code corpus} (taking it if not taken yet) and the
     * glossary it runs with ({@link RunGlossaries} on the workers uses that one); stagings
     * of earlier runs, left by a manager that died, are dropped.
     */
    void stage(long jobExecutionId, Path corpus) {
        byte[] glossary = GlossaryBytes.encode(this.glossary);
        String glossaryDigest = GlossaryBytes.digest(glossary);
        times.time(StageTimes.Stage.INGEST, () -> {
            staged.forgetAllBut(jobExecutionId);
            List<StagedInputs.StagedArticle> pending = new ArrayList<>();
            int[] next = {0};
            snapshots.stage(jobExecutionId, corpus, new CorpusSnapshots.Staging() {
                @Override
                public void learned(CorpusLearning learning) {
                    staged.begin(jobExecutionId, learning.encode(), glossary, glossaryDigest);
                }

                @Override
                public void item(
                        String articleId, ArticleFolder folder, String rejection, Stamping stamping, boolean known) {
                    pending.add(article(articleId, folder, rejection, stamping, known));
                    if (pending.size() == BATCH) {
                        staged.add(jobExecutionId, next[0], pending);
                        next[0] += pending.size();
                        pending.clear();
                    }
                }
            });
            staged.add(jobExecutionId, next[0], pending);
        });
    }

    /**
     * An item as a worker needs it: a known or rejected article as it is, a folder as its files'
     * bytes now; a file that can no longer be read is that article's failure, as it would be when a
     * local partition reads it.
     */
    private StagedInputs.StagedArticle article(
            String articleId, ArticleFolder folder, String rejection, Stamping stamping, boolean known) {
        if (known || folder == null) {
            return new StagedInputs.StagedArticle(
                    articleId,
                    known ? StagedInputs.Kind.KNOWN : StagedInputs.Kind.REJECTED,
                    rejection,
                    stamping.stamp(),
                    stamping.keepStored(),
                    Map.of());
        }
        try {
            return new StagedInputs.StagedArticle(
                    articleId,
                    StagedInputs.Kind.READ,
                    null,
                    stamping.stamp(),
                    stamping.keepStored(),
                    reader.files(folder));
        } catch (ArticleInputException e) {
            return new StagedInputs.StagedArticle(
                    articleId,
                    StagedInputs.Kind.REJECTED,
                    CorpusItem.Rejected.of(e).reason(),
                    stamping.stamp(),
                    stamping.keepStored(),
                    Map.of());
        }
    }

    /** Manager: drops the run's staging once it ended. */
    void release(long jobExecutionId) {
        staged.forget(jobExecutionId);
    }

    /** Worker: one partition's items, read from the staging. */
    PositionReader reader(long jobExecutionId, int from, int to) {
        ArticleIngestor ingestor = ingestor(jobExecutionId);
        return new PositionReader(position -> item(jobExecutionId, ingestor, position), from, to);
    }

    /** The processor reads and ingests the files, so that whatever goes wrong fails that article alone. */
    private CorpusItem item(long jobExecutionId, ArticleIngestor ingestor, int position) {
        StagedInputs.StagedArticle article = staged.article(jobExecutionId, position)
                .orElseThrow(() -> new IllegalStateException("run " + jobExecutionId + " has no staged article "
                        + position + ": its run ended or was abandoned"));
        Stamping stamping = new Stamping(article.stamp(), article.keepStored());
        return switch (article.kind()) {
            case KNOWN -> new CorpusItem.Known(article.articleId(), article.rejection());
            case REJECTED -> new CorpusItem.Rejected(article.articleId(), article.rejection(), stamping);
            case READ -> new CorpusItem.Staged(article.articleId(), article.files(), ingestor, stamping);
        };
    }

    private synchronized ArticleIngestor ingestor(long jobExecutionId) {
        ArticleIngestor ingestor = ingestors.get(jobExecutionId);
        if (ingestor == null) {
            byte[] learned = staged.learned(jobExecutionId)
                    .orElseThrow(() -> new IllegalStateException(
                            "run " + jobExecutionId + " has no staged corpus: its run ended or was abandoned"));
            ingestor = CorpusSnapshots.ingestor(CorpusLearning.decode(learned), settings);
            ingestors.put(jobExecutionId, ingestor);
            while (ingestors.size() > KEPT_RUNS) {
                ingestors.remove(ingestors.keySet().iterator().next());
            }
        }
        return ingestor;
    }
}
