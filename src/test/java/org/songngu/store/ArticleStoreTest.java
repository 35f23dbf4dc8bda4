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
    void realignmentSelectsOnlyUntouchedArticlesOfAnOlderModel() {
        article("recent-new", "SEGMENTED", "2030-01-01T00:00:00Z");
        aligned("recent-old", 1, "PENDING", 0);
        aligned("recent-none", null, "PENDING", 0);
        aligned("recent-current", 2, "PENDING", 0);
        aligned("recent-approved", 1, "APPROVED", 1);
        aligned("recent-edited", 1, "PENDING", 2);

        assertThat(selected(false, 2)).containsExactly("recent-new");
        assertThat(selected(true, 2)).containsExactly("recent-new", "recent-none", "recent-old");
        assertThat(store.countPendingAlignment(true, 2)).isEqualTo(3 + otherPending(true, 2));
    }

    private java.util.List<String> selected(boolean realign, int version) {
        return jdbc.sql("SELECT id FROM article WHERE (" + ArticleStore.pendingAlignmentWhere(realign)
                        + ") AND id LIKE 'recent-%' ORDER BY id")
                .paramSource(realign ? java.util.Map.of("version", version) : java.util.Map.of())
                .query(String.class).list();
    }

    private long otherPending(boolean realign, int version) {
        return jdbc.sql("SELECT COUNT(*) FROM article WHERE (" + ArticleStore.pendingAlignmentWhere(realign)
                        + ") AND id NOT LIKE 'recent-%'")
                .paramSource(realign ? java.util.Map.of("version", version) : java.util.Map.of())
                .query(Long.class).single();
    }

    private void aligned(String id, Integer modelVersion, String beadStatus, int beadVersion) {
        article(id, "ALIGNED", "2030-01-01T00:00:00Z");
        jdbc.sql("UPDATE article SET model_version = ? WHERE id = ?").params(modelVersion, id).update();
        jdbc.sql("""
                INSERT INTO bead (article_id, lang_pair, idx, src_start, src_end, tgt_start, tgt_end, src_text, tgt_text,
                                  confidence, status, version, updated_at)
                VALUES (?, 'fr-vi', 0, 0, 1, 0, 1, 'a', 'b', 0.9, ?, ?, CURRENT_TIMESTAMP)""")
                .params(id, beadStatus, beadVersion).update();
    }

    private void article(String id, String status, String updated) {
        jdbc.sql("INSERT INTO article (id, status, content_hash, updated_at) VALUES (?, ?, 'h', ?)")
                .params(id, status, Timestamp.from(Instant.parse(updated))).update();
    }
}
