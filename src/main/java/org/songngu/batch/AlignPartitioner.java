package org.songngu.batch;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.songngu.store.ArticleStore;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;

/**
 * Cuts the articles pending alignment into ranges of ids for remote workers: each partition's
 * execution context holds {@code (afterId, lastId]} and the model version the manager's step read,
 * so every worker aligns its range with the same model as a local run would. The ids are paged
 * from the database; only the ranges' bounds are kept.
 */
class AlignPartitioner implements Partitioner {

    static final String AFTER_ID = "afterId";
    static final String LAST_ID = "lastId";
    static final String MODEL_VERSION = "modelVersion";

    /** Article ids a reader fetches at a time. */
    private static final int PAGE_SIZE = 100;

    private final DataSource dataSource;
    private final boolean realign;
    private final int modelVersion;
    private final int perPartition;

    /**
     * @param modelVersion the model version every range is aligned with (0: none learned yet)
     * @param perPartition articles per range
     */
    AlignPartitioner(DataSource dataSource, boolean realign, int modelVersion, int perPartition) {
        this.dataSource = dataSource;
        this.realign = realign;
        this.modelVersion = modelVersion;
        this.perPartition = perPartition;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        JdbcPagingItemReader<PendingArticle> ids = null;
        try {
            ids = pendingArticles(dataSource, realign, modelVersion, null, null);
            ids.afterPropertiesSet();
            ids.open(new ExecutionContext());
            String after = null;
            String last = null;
            int inRange = 0;
            for (PendingArticle article = ids.read(); article != null; article = ids.read()) {
                last = article.id();
                if (++inRange == perPartition) {
                    contexts.put("partition" + contexts.size(), range(after, last));
                    after = last;
                    inRange = 0;
                }
            }
            if (inRange > 0) {
                contexts.put("partition" + contexts.size(), range(after, last));
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not list the articles pending alignment: " + e.getMessage(), e);
        } finally {
            if (ids != null) {
                ids.close();
            }
        }
        return contexts;
    }

    private ExecutionContext range(String afterId, String lastId) {
        ExecutionContext context = new ExecutionContext();
        if (afterId != null) {
            context.putString(AFTER_ID, afterId);
        }
        context.putString(LAST_ID, lastId);
        context.putInt(MODEL_VERSION, modelVersion);
        return context;
    }

    /**
     * The articles pending alignment in id order, a page at a time, optionally only those of the
     * range {@code (afterId, lastId]} (null bounds: open). Keyset paging on the id, so the articles
     * leaving the selection as they are aligned do not shift the pages. It keeps no position
     * across a restart: the selection itself is the progress.
     */
    static JdbcPagingItemReader<PendingArticle> pendingArticles(
            DataSource dataSource, boolean realign, int version, String afterId, String lastId) throws Exception {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder("(")
                .append(ArticleStore.pendingAlignmentWhere(realign))
                .append(')');
        if (realign) {
            parameters.put("version", version);
        }
        if (afterId != null) {
            where.append(" AND id > :afterId");
            parameters.put("afterId", afterId);
        }
        if (lastId != null) {
            where.append(" AND id <= :lastId");
            parameters.put("lastId", lastId);
        }
        return new JdbcPagingItemReaderBuilder<PendingArticle>()
                .name("pendingArticles")
                // The article's status is the step's progress: an aligned article leaves the selection.
                // A restart (a killed worker's range executed again) must not jump over the items read
                // before (the reader would re-read its page without the articles aligned since, then
                // skip as many: an article left unaligned); it selects again what is still pending.
                .saveState(false)
                .dataSource(dataSource)
                .selectClause("id, status")
                .fromClause("article")
                .whereClause(where.toString())
                .parameterValues(parameters)
                .sortKeys(Map.of("id", Order.ASCENDING))
                .pageSize(PAGE_SIZE)
                .rowMapper((rs, row) -> new PendingArticle(rs.getString(1), "ALIGNED".equals(rs.getString(2))))
                .build();
    }
}
