package org.songngu.batch;

import java.util.function.IntFunction;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * A partition's items {@code [from, to)} of a run, each fetched by its position when reached. It
 * counts what it read in the step's execution context, committed with each chunk, so a partition
 * executed again (its worker died, or left) goes on after the last chunk stored instead of
 * storing any article twice.
 */
class PositionReader extends AbstractItemCountingItemStreamItemReader<CorpusItem> {

    private final IntFunction<CorpusItem> itemAt;
    private final int from;

    PositionReader(IntFunction<CorpusItem> itemAt, int from, int to) {
        this.itemAt = itemAt;
        this.from = from;
        setName("articles");
        setMaxItemCount(to - from);
    }

    @Override
    protected CorpusItem doRead() {
        return itemAt.apply(from + getCurrentItemCount() - 1);
    }

    /** Positions are addressed directly: nothing to read to get there. */
    @Override
    protected void jumpToItem(int itemIndex) {}

    @Override
    protected void doOpen() {}

    @Override
    protected void doClose() {}
}
