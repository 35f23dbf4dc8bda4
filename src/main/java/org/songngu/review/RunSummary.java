package org.songngu.review;

import java.time.Instant;

/**
 * One run of the alignment job: Spring Batch's execution and what it did with the articles;
 * {@code redone}: of the processed, those read again only because the ingest pipeline changed.
 */
public record RunSummary(
        long executionId,
        String status,
        Instant started,
        Instant ended,
        String exitMessage,
        int processed,
        int unchanged,
        int failed,
        int redone) {}
