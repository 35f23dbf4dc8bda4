package org.songngu.quality;

/** A half-open range {@code [start, end)} of UTF-16 chars in a sentence. */
record Span(int start, int end) implements Comparable<Span> {

    Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    boolean contains(int from, int to) {
        return start <= from && to <= end;
    }

    boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    @Override
    public int compareTo(Span other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(other.end, end);
    }
}
