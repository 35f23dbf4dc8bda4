package org.songngu.store;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the store remembers of the corpus folders, for a run to compare with before reading
 * anything: each article's folder stamp with what its last reading came to, and the articles an
 * older ingest pipeline stored that no reviewer has touched (a run reads those again whatever
 * their files show; {@link ArticleStore#isUpToDate}).
 */
public record StoredFolders(Map<String, Folder> folders, Set<String> outdated) {

    /**
     * One article's folder as last read.
     *
     * @param stamp   its {@code FolderStamps} stamp then
     * @param failure why its input failed then; {@code null} when the article was stored or unchanged
     */
    public record Folder(String stamp, String failure) {}

    public StoredFolders {
        folders = Map.copyOf(folders);
        outdated = Set.copyOf(outdated);
    }

    /** The folder stored for an article; empty when it has none (new, or to be read again). */
    public Optional<Folder> folder(String articleId) {
        return Optional.ofNullable(folders.get(articleId));
    }

    /** Whether a run must read the article again whatever its files show. */
    public boolean isOutdated(String articleId) {
        return outdated.contains(articleId);
    }
}
