package org.songngu.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.songngu.store.SearchIndex;
import org.springframework.dao.DataAccessResourceFailureException;

/** The periodic indexing survives a database that fails, and indexes the feed once it answers again. */
class SearchCatchUpTest {

    /** A feed in memory, failing on demand as a database that went away would. */
    private static final class Feed extends SearchIndex {
        final List<Queued> rows = new ArrayList<>();
        boolean down;

        Feed() {
            super(null, null);
        }

        @Override
        public List<Queued> queued(int limit) {
            if (down) {
                throw new DataAccessResourceFailureException("connection refused");
            }
            return List.copyOf(rows.subList(0, Math.min(limit, rows.size())));
        }

        @Override
        public void indexed(List<Queued> done) {
            rows.removeAll(done);
        }

        @Override
        public Map<String, List<String>> keys(List<String> articleIds) {
            return Map.of("a", List.of(" thai binh "));
        }

        @Override
        public String databaseIdentity() {
            return "catch-up-test";
        }

        @Override
        public void queueAll() {
            // no article stored before
        }
    }

    @Test
    void aTickWhileTheDatabaseFailsIsLoggedAndTheNextOneIndexesWhatWaits() {
        Feed feed = new Feed();
        SearchIndexing indexing = new SearchIndexing(feed, "");
        SearchCatchUp catchUp = new SearchCatchUp(indexing, Duration.ofSeconds(30));
        feed.rows.add(new SearchIndex.Queued(1, "a"));
        feed.down = true;
        assertThatCode(catchUp::tick).doesNotThrowAnyException();
        assertThat(feed.rows).hasSize(1);
        feed.down = false;
        catchUp.tick();
        assertThat(feed.rows).isEmpty();
        assertThat(indexing.current().index().size()).isEqualTo(1);
        assertThat(indexing.current().behind()).isFalse();
    }
}
