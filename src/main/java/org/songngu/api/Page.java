package org.songngu.api;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list answered by the API and the pages.
 *
 * @param items      this page's items, in the list's order
 * @param page       its number, from 1
 * @param size       the most items a page holds
 * @param total      items in the whole list; for a search, counted up to {@link PageRequest#COUNT_LIMIT}
 * @param totalExact false when {@code total} stopped at that limit: there are more
 * @param totalPages pages in the whole list (of the counted items)
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalExact, long totalPages) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long total, boolean exact) {
        return new Page<>(
                items,
                request.page(),
                request.size(),
                total,
                exact,
                total == 0 ? 0 : (total + request.size() - 1) / request.size());
    }

    /** The first page of a list that fits in one page. */
    public static <T> Page<T> all(List<T> items, PageRequest request) {
        int from = Math.min(items.size(), request.offset());
        int to = Math.min(items.size(), from + request.size());
        return of(items.subList(from, to), request, items.size(), true);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total, totalExact, totalPages);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages;
    }
}
