package org.songngu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ArticleStoreTest {

    @Autowired
    ArticleStore store;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM article WHERE id LIKE 'recent-%'").update();
    }

    @Test
    void recentlyAlignedIsBoundedToTheNewestInIdOrder() {
        article("recent-c", "ALIGNED", "2030-01-03T00:00:00Z");
        article("recent-a", "ALIGNED", "2030-01-02T00:00:00Z");
        article("recent-b", "ALIGNED", "2030-01-01T00:00:00Z");
        article("recent-d", "SEGMENTED", "2030-01-04T00:00:00Z");

        assertThat(store.recentlyAligned(2)).containsExactly("recent-a", "recent-c");
    }

    private void article(String id, String status, String updated) {
        jdbc.sql("INSERT INTO article (id, status, content_hash, updated_at) VALUES (?, ?, 'h', ?)")
                .params(id, status, Timestamp.from(Instant.parse(updated))).update();
    }
}
