package org.songngu.review;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.songngu.system.SongnguProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * In the web application, indexes what the feed holds every {@code songngu.search.catch-up}
 * (30 s; 0 turns it off), from the start: an index to build (a first start, an upgrade) is built
 * before the first search asks, and a run's articles, stored by this process, a command-line run
 * or remote workers, are indexed as they come rather than by the first search after them. One
 * query when the feed is empty.
 */
@Component
@ConditionalOnWebApplication
class SearchCatchUp implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchCatchUp.class);

    private final SearchIndexing indexing;
    private final Duration every;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    @Autowired
    SearchCatchUp(SearchIndexing indexing, SongnguProperties properties) {
        this(indexing, properties.search().catchUp());
    }

    SearchCatchUp(SearchIndexing indexing, Duration every) {
        this.indexing = indexing;
        this.every = every;
        scheduler.setThreadNamePrefix("songngu-search-");
        scheduler.setDaemon(true);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (every.isZero()) {
            return;
        }
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::tick, every);
    }

    void tick() {
        try {
            int indexed = indexing.catchUp();
            if (indexed > 0) {
                log.info("search index: {} articles indexed", indexed);
            }
        } catch (RuntimeException e) {
            // the next tick, or the next search, tries again: the feed keeps its rows until indexed
            log.error("search index: indexing failed: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }
}
