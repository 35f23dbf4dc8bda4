package org.songngu.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.songngu.corpus.ArticleIngestor;
import org.songngu.corpus.CorpusScanner;
import org.songngu.corpus.IngestResult;
import org.songngu.corpus.IngestSettings;
import org.songngu.store.ArticleMetadataStore;
import org.songngu.store.TemplateRow;
import org.springframework.stereotype.Component;

/**
 * The corpus as one run reads it: scanned, its site chrome learned from all articles together, each
 * article cleaned, sorted by id. Taken once per job execution and shared by the partitions of the
 * ingest step. Taking it is deterministic, so a worker in another process that takes it again from
 * the same folder sees the same items in the same order.
 */
@Component
class CorpusSnapshots {

    private final IngestSettings settings;
    private final StageTimes times;
    private final ArticleMetadataStore metadata;
    private final Map<Long, List<CorpusItem>> byExecution = new ConcurrentHashMap<>();

    CorpusSnapshots(IngestSettings settings, StageTimes times, ArticleMetadataStore metadata) {
        this.settings = settings;
        this.times = times;
        this.metadata = metadata;
    }

    /** The items of the run {@code jobExecutionId} over {@code corpus}, taken on first use. */
    List<CorpusItem> items(long jobExecutionId, Path corpus) {
        return byExecution.computeIfAbsent(jobExecutionId, id -> take(corpus));
    }

    /** Forgets a finished run's snapshot. */
    void release(long jobExecutionId) {
        byExecution.remove(jobExecutionId);
    }

    private List<CorpusItem> take(Path corpus) {
        IngestResult result = times.time(StageTimes.Stage.INGEST,
                () -> ArticleIngestor.ingestAll(CorpusScanner.scan(corpus), settings));
        // The templates are learned from the whole corpus at every run; the latest run's are kept to be shown.
        metadata.replaceTemplates(result.templates().all().stream()
                .map(template -> new TemplateRow(template.language().code(), template.site(), template.shape(),
                        template.kind().label(), template.articles(), template.example()))
                .toList());
        List<CorpusItem> items = new ArrayList<>();
        result.articles().forEach(article -> items.add(new CorpusItem.Ingested(article)));
        // The article is named on the report's line already: its reason is the file and what is wrong.
        result.failures().forEach(failure -> items.add(new CorpusItem.Rejected(failure.articleId(),
                failure.file() == null ? failure.reason() : failure.file() + ": " + failure.reason())));
        items.sort(Comparator.comparing(CorpusItem::articleId));
        return List.copyOf(items);
    }
}
