package org.songngu.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.songngu.search.ArticleTextIndex;
import org.songngu.store.SearchIndex;
import org.songngu.system.SongnguProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index ({@link ArticleTextIndex}) current with the database, in the process that
 * searches: opened at the first search, rebuilt from every article when it was built for another
 * database (or never), then fed from {@code search_feed} ({@link SearchIndex}). A search first
 * indexes what changed since the last one when that is little ({@link #INLINE}), so that a reviewer
 * finds what was just stored; a larger backlog (a night's run, a rebuild) is indexed in the
 * background, and searches meanwhile answer from what is indexed ({@link Current#behind}). Processes that
 * never search (the command line's runs, remote workers) never open the index: the job only
 * appends to the feed.
 */
@Component
public class SearchIndexing implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);
    /** Feed rows a search indexes before answering, at most; past that the backlog is indexed in the background. */
    static final int INLINE = 200;
    /** Feed rows read and indexed per commit. */
    private static final int BATCH = 500;

    private static final Map<String, ArticleTextIndex> IN_MEMORY = new ConcurrentHashMap<>();

    private final SearchIndex feed;
    private final String folder;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "search-indexing");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean catchingUp = new AtomicBoolean();
    private volatile ArticleTextIndex index;
    private String database;

    @Autowired
    SearchIndexing(SearchIndex feed, SongnguProperties properties) {
        this(feed, properties.search().indexDir());
    }

    /** With the index in {@code folder}, or in memory when it is blank. */
    SearchIndexing(SearchIndex feed, String folder) {
        this.feed = feed;
        this.folder = folder;
    }

    /** The index to search, and whether articles stored before this search may be missing from it. */
    record Current(ArticleTextIndex index, boolean behind) {}

    /** The index, current with the database but for a backlog being indexed in the background. */
    Current current() {
        ArticleTextIndex opened = open();
        if (catchingUp.get()) {
            return new Current(opened, true);
        }
        List<SearchIndex.Queued> backlog = feed.queued(INLINE + 1);
        if (backlog.size() > INLINE) {
            catchUpInBackground();
            return new Current(opened, true);
        }
        if (!backlog.isEmpty()) {
            synchronized (this) {
                // The rows just read: one indexed meanwhile by another thread is indexed again, which changes nothing.
                index(backlog);
            }
        }
        return new Current(opened, false);
    }

    /** Indexes the whole feed before returning: for a benchmark's start and for tests. */
    public int catchUp() {
        open();
        int indexed = 0;
        while (true) {
            // a batch at a time under the lock, so that a search indexing a few rows waits for one batch at most
            synchronized (this) {
                List<SearchIndex.Queued> rows = feed.queued(BATCH);
                if (rows.isEmpty()) {
                    return indexed;
                }
                indexed += index(rows);
            }
        }
    }

    private void catchUpInBackground() {
        if (catchingUp.compareAndSet(false, true)) {
            background.execute(() -> {
                try {
                    long started = System.nanoTime();
                    int indexed = catchUp();
                    log.info(
                            "search index: indexed {} articles in {} s",
                            indexed,
                            (System.nanoTime() - started) / 1_000_000_000);
                } catch (RuntimeException e) {
                    log.error("search index: indexing failed, retried at the next search: {}", e.getMessage(), e);
                } finally {
                    catchingUp.set(false);
                }
            });
        }
    }

    /** Indexes the articles of these feed rows as they are now, commits, then removes the rows; returns how many. */
    private int index(List<SearchIndex.Queued> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(
                rows.stream().map(SearchIndex.Queued::articleId).toList()));
        Map<String, List<String>> keys = feed.keys(ids);
        for (String id : ids) {
            index.replace(id, keys.getOrDefault(id, List.of()));
        }
        index.commit(database);
        feed.indexed(rows);
        return ids.size();
    }

    /** Builds the index again from every article: after articles were deleted behind Songngu's back, for instance. */
    int rebuild() {
        ArticleTextIndex opened = open();
        synchronized (this) {
            opened.removeAll();
            feed.queueAll();
            opened.commit(database);
        }
        return catchUp();
    }

    private ArticleTextIndex open() {
        ArticleTextIndex opened = index;
        if (opened != null) {
            return opened;
        }
        synchronized (this) {
            if (index == null) {
                database = feed.databaseIdentity();
                // An in-memory database is the JVM's, shared by name: so is its index, or one
                // context's index would consume the feed rows another's needs.
                ArticleTextIndex made = folder.isBlank()
                        ? IN_MEMORY.computeIfAbsent(database, identity -> ArticleTextIndex.inMemory())
                        : ArticleTextIndex.open(Path.of(folder));
                if (!made.database().equals(database)) {
                    // Built for another database, or never: every article again, and the feed so far is part of that.
                    log.info(
                            "search index {}: building it from every article", folder.isBlank() ? "in memory" : folder);
                    made.removeAll();
                    feed.queueAll();
                    made.commit(database);
                }
                index = made;
            }
            return index;
        }
    }

    @Override
    public void destroy() {
        background.shutdownNow();
        ArticleTextIndex opened = index;
        if (opened != null && !folder.isBlank()) {
            opened.close();
        }
    }
}
