package org.songngu.harvest;

/**
 * The tunables of a harvest.
 *
 * @param maxPageBytes  largest page kept, in bytes; a larger one is reported and skipped without
 *                      being read into memory
 * @param acceptScore   a pair scoring at least this goes to the corpus
 * @param reviewScore   a pair scoring at least this (and below {@code acceptScore}) goes to the
 *                      review list; below it the pages stay unpaired
 * @param candidatesPerPage the content candidates kept per page, best first, before the assignment
 */
public record HarvestSettings(long maxPageBytes, double acceptScore, double reviewScore, int candidatesPerPage) {

    /** 5 MB, as the corpus reader's file limit: a page the corpus would refuse is not harvested. */
    public static final long DEFAULT_MAX_PAGE_BYTES = 5L * 1024 * 1024;

    public HarvestSettings {
        if (maxPageBytes <= 0) {
            throw new IllegalArgumentException("maxPageBytes must be positive: " + maxPageBytes);
        }
        if (!(reviewScore > 0 && reviewScore <= acceptScore && acceptScore <= 1)) {
            throw new IllegalArgumentException(
                    "need 0 < reviewScore <= acceptScore <= 1: " + reviewScore + ", " + acceptScore);
        }
        if (candidatesPerPage < 1) {
            throw new IllegalArgumentException("candidatesPerPage must be at least 1: " + candidatesPerPage);
        }
    }

    public static HarvestSettings defaults() {
        return new HarvestSettings(DEFAULT_MAX_PAGE_BYTES, 0.75, 0.35, 8);
    }

    public HarvestSettings withMaxPageBytes(long bytes) {
        return new HarvestSettings(bytes, acceptScore, reviewScore, candidatesPerPage);
    }
}
