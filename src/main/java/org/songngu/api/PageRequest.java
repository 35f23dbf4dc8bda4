package org.songngu.api;

/**
 * Which page of a list a request asks for: {@code page} from 1, {@code size} items per page, at
 * most {@link #MAX_SIZE} so that no request reads an unbounded list.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    /** Searches count their hits up to this many: past it, the total says "at least". */
    public static final int COUNT_LIMIT = 1000;

    public PageRequest {
        if (page < 1) {
            throw new InvalidRequestException("\"page\" counts from 1, not " + page + ".");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException("\"size\" must be between 1 and " + MAX_SIZE + ", not " + size + ".");
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidRequestException("Page " + page + " of " + size + " is beyond any list.");
        }
    }

    /** {@code page} and {@code size} as given (null: the first page, {@code defaultSize} items). */
    public static PageRequest of(Integer page, Integer size, int defaultSize) {
        return new PageRequest(page == null ? 1 : page, size == null ? defaultSize : size);
    }

    public static PageRequest first(int size) {
        return new PageRequest(1, size);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
