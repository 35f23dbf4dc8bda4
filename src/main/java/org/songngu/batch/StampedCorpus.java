package org.songngu.batch;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.songngu.corpus.ArticleFolder;
import org.songngu.corpus.ArticleInputException;
import org.songngu.corpus.CorpusScan;
import org.songngu.corpus.CorpusScanner;
import org.songngu.corpus.FolderStamps;
import org.songngu.store.ArticleLimits;
import org.songngu.store.StoredFolders;

/**
 * A scan of the corpus with the stamp of every folder ({@link FolderStamps}: one look at each file,
 * no read), taken before anything is read, to compare with the stamps the store kept.
 *
 * <p>A run may skip reading only when reading would change nothing: every folder shows the stamp
 * stored when it was last read, no stored article of the corpus is of an older ingest version, and
 * no reviewer put a metadata line back (those are what make a run ingest an unchanged article
 * again). All or nothing, on purpose: when one folder changed, the run reads every article as
 * before, because site chrome and metadata templates are learned from all the articles of a run
 * together.
 */
record StampedCorpus(CorpusScan scan, Map<String, String> stamps) {

    static StampedCorpus take(Path corpus) {
        CorpusScan scan = CorpusScanner.scan(corpus);
        Instant now = Instant.now();
        Map<String, String> stamps = new HashMap<>();
        for (String id : ids(scan)) {
            FolderStamps.of(corpus.resolve(id), now).ifPresent(stamp -> stamps.put(id, stamp));
        }
        return new StampedCorpus(scan, stamps);
    }

    /** This run's stamp of a folder, by its name; {@code null} when none can be trusted. */
    String stamp(String folderId) {
        return stamps.get(folderId);
    }

    /**
     * Every folder as an article not to be read, with its stored outcome, in id order, when reading
     * the corpus would change nothing; empty otherwise.
     *
     * @param withLinesToPutBack the articles of which a reviewer put back a metadata line
     */
    Optional<List<CorpusItem>> unchanged(StoredFolders stored, Set<String> withLinesToPutBack) {
        List<CorpusItem> items = new ArrayList<>();
        for (String folderId : ids(scan)) {
            String articleId = ArticleLimits.reportableId(folderId);
            String stamp = stamps.get(folderId);
            Optional<StoredFolders.Folder> folder = stored.folder(articleId);
            if (stamp == null
                    || folder.isEmpty()
                    || !folder.get().stamp().equals(stamp)
                    || stored.isOutdated(articleId)
                    || withLinesToPutBack.contains(articleId)) {
                return Optional.empty();
            }
            items.add(new CorpusItem.Known(folderId, folder.get().failure()));
        }
        items.sort(Comparator.comparing(CorpusItem::articleId));
        return Optional.of(items);
    }

    private static List<String> ids(CorpusScan scan) {
        List<String> ids = new ArrayList<>();
        scan.articles().stream().map(ArticleFolder::id).forEach(ids::add);
        scan.rejected().stream().map(ArticleInputException::articleId).forEach(ids::add);
        return ids;
    }
}
