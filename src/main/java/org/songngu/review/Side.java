package org.songngu.review;

/** A side of a bead: the French source or the Vietnamese/English target. */
public enum Side {
    SOURCE,
    TARGET
}
