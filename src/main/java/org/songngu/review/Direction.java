package org.songngu.review;

/** Where a shifted sentence goes: to the previous bead or to the next. */
public enum Direction {
    PREVIOUS,
    NEXT
}
