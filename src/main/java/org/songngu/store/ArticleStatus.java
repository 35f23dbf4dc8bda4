package org.songngu.store;

/** Where an article stands in the pipeline. */
public enum ArticleStatus {
    /** Read, cleaned and split into sentences; alignment still to do. */
    SEGMENTED,
    /** Aligned fr→vi and fr→en (for the versions it has). */
    ALIGNED,
    /** The last attempt failed; {@code last_error} says why and earlier results are kept. */
    FAILED
}
