package org.songngu.batch;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Cuts a run's sorted article list into contiguous ranges of about equal size, one per partition.
 * A range is two numbers in the partition's execution context, so a worker anywhere can find its
 * articles in the same snapshot of the corpus.
 */
class ArticlePartitioner implements Partitioner {

    static final String FROM = "from";
    static final String TO = "to";

    private final int articles;
    private final int perPartition;

    /** {@code gridSize} partitions, as many as partitions run at once. */
    ArticlePartitioner(int articles) {
        this(articles, 0);
    }

    /**
     * Partitions of at most {@code perPartition} articles, whatever the grid size: small and many, so
     * that a slow worker holds few articles and a worker that joins finds work.
     */
    ArticlePartitioner(int articles, int perPartition) {
        this.articles = articles;
        this.perPartition = perPartition;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int wanted = perPartition > 0 ? (articles + perPartition - 1) / perPartition : gridSize;
        int partitions = Math.max(1, Math.min(wanted, articles));
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        for (int p = 0; p < partitions; p++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(FROM, (int) ((long) articles * p / partitions));
            context.putInt(TO, (int) ((long) articles * (p + 1) / partitions));
            contexts.put("partition" + p, context);
        }
        return contexts;
    }
}
