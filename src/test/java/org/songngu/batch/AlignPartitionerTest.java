package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The align step's ranges for workers, over a small article table of the same shape as the real one. */
class AlignPartitionerTest {

    private final DriverManagerDataSource database =
            new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final JdbcTemplate jdbc = new JdbcTemplate(database);

    @BeforeEach
    void articles() {
        jdbc.execute("CREATE TABLE article (id VARCHAR(200) PRIMARY KEY, status VARCHAR(20), model_version INT)");
        jdbc.execute(
                "CREATE TABLE bead (article_id VARCHAR(200), status VARCHAR(20), version INT, updated_by VARCHAR(50))");
        for (int i = 1; i <= 11; i++) {
            jdbc.update(
                    "INSERT INTO article VALUES (?, ?, NULL)",
                    "a" + (i < 10 ? "0" : "") + i,
                    i == 4 ? "FAILED" : "SEGMENTED");
        }
        jdbc.update("INSERT INTO article VALUES ('b01', 'ALIGNED', 1)");
        jdbc.update("INSERT INTO bead VALUES ('b01', 'PENDING', 0, NULL)");
    }

    @Test
    void cutsThePendingArticlesIntoRangesOfIdsEachReadOnce() throws Exception {
        var partitions = new AlignPartitioner(database, false, 3, 4).partition(1);

        assertThat(partitions).hasSize(3);
        List<String> ranges = new ArrayList<>();
        List<String> read = new ArrayList<>();
        for (ExecutionContext context : partitions.values()) {
            assertThat(context.getInt(AlignPartitioner.MODEL_VERSION)).isEqualTo(3);
            String after = context.containsKey(AlignPartitioner.AFTER_ID)
                    ? context.getString(AlignPartitioner.AFTER_ID)
                    : null;
            ranges.add(after + ".." + context.getString(AlignPartitioner.LAST_ID));
            read.addAll(read(AlignPartitioner.pendingArticles(
                    database, false, 3, after, context.getString(AlignPartitioner.LAST_ID))));
        }
        assertThat(ranges).containsExactly("null..a05", "a05..a09", "a09..a11");
        assertThat(read).containsExactly("a01", "a02", "a03", "a05", "a06", "a07", "a08", "a09", "a10", "a11");
    }

    @Test
    void realigningTakesTheUntouchedArticlesOfAnOlderModelToo() throws Exception {
        var partitions = new AlignPartitioner(database, true, 2, 100).partition(1);

        ExecutionContext only = partitions.values().iterator().next();
        assertThat(partitions).hasSize(1);
        assertThat(only.getString(AlignPartitioner.LAST_ID)).isEqualTo("b01");
        assertThat(read(AlignPartitioner.pendingArticles(database, true, 2, "a11", "b01")))
                .containsExactly("b01");
        assertThat(read(AlignPartitioner.pendingArticles(database, true, 1, "a11", "b01")))
                .as("aligned with that version")
                .isEmpty();
    }

    @Test
    void nothingPendingIsNoPartition() {
        jdbc.update("UPDATE article SET status = 'ALIGNED'");

        assertThat(new AlignPartitioner(database, false, 0, 10).partition(1)).isEmpty();
    }

    private static List<String> read(JdbcPagingItemReader<PendingArticle> reader) throws Exception {
        reader.afterPropertiesSet();
        reader.open(new ExecutionContext());
        List<String> ids = new ArrayList<>();
        for (PendingArticle article = reader.read(); article != null; article = reader.read()) {
            ids.add(article.id());
        }
        reader.close();
        return ids;
    }
}
