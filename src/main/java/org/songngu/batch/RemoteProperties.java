package org.songngu.batch;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Remote partitioning's settings ({@code songngu.remote.*}; used when {@code songngu.workers=remote}).
 *
 * @param minWorkers       workers a run waits for before it sends any partition
 * @param workerTimeout    how long a run waits for them before it fails
 * @param partitionSize    articles per partition: small, so that a slow worker holds few and a
 *                         joining worker finds work
 * @param alignPartitionSize articles per partition of the align step: more than the ingest step's,
 *                         an article aligning in milliseconds where its French check takes seconds
 * @param threads          partitions a worker process executes at once (0: one per core)
 * @param pollInterval     how often workers look for requests and the manager for finished partitions
 * @param heartbeat        how often a worker tells it is present; one silent for three of these is gone
 */
@ConfigurationProperties("songngu.remote")
record RemoteProperties(
        @DefaultValue("1") int minWorkers,
        @DefaultValue("60s") Duration workerTimeout,
        @DefaultValue("10") int partitionSize,
        @DefaultValue("100") int alignPartitionSize,
        @DefaultValue("0") int threads,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("5s") Duration heartbeat) {

    RemoteProperties {
        if (minWorkers < 1) {
            throw new IllegalArgumentException("songngu.remote.min-workers must be at least 1, not " + minWorkers);
        }
        if (partitionSize < 1) {
            throw new IllegalArgumentException(
                    "songngu.remote.partition-size must be at least 1, not " + partitionSize);
        }
        if (alignPartitionSize < 1) {
            throw new IllegalArgumentException(
                    "songngu.remote.align-partition-size must be at least 1, not " + alignPartitionSize);
        }
        if (threads < 0) {
            throw new IllegalArgumentException(
                    "songngu.remote.threads must be 0 (one per core) or more, not " + threads);
        }
        if (workerTimeout.isNegative()
                || pollInterval.isNegative()
                || pollInterval.isZero()
                || heartbeat.isNegative()
                || heartbeat.isZero()) {
            throw new IllegalArgumentException("songngu.remote durations must be positive");
        }
    }

    int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** A worker silent this long is gone. */
    Duration staleAfter() {
        return heartbeat.multipliedBy(3);
    }
}
