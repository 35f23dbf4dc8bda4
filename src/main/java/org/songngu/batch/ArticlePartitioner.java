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

    ArticlePartitioner(int articles) {
        this.articles = articles;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int partitions = Math.max(1, Math.min(gridSize, articles));
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
