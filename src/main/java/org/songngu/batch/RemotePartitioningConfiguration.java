package org.songngu.batch;

import org.songngu.corpus.IngestSettings;
import org.songngu.glossary.Glossary;
import org.songngu.store.RemoteWorkers;
import org.songngu.store.StagedInputs;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.context.IntegrationFlowContext;

/**
 * Remote partitioning, when {@code songngu.workers=remote} ({@code run --remote} and the
 * {@code worker} command set it): the ingest and align steps' partitions are executed by worker processes
 * ({@link AlignmentJobConfiguration} builds the manager and worker steps with Spring Batch's remote
 * partitioning builders). Spring Integration is started only then: local runs do without it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "songngu.workers", havingValue = "remote")
@EnableIntegration
class RemotePartitioningConfiguration {

    @Bean
    RemotePartitioning remotePartitioning(
            DataSourceProperties database, RemoteWorkers workers, RemoteProperties properties) {
        return new RemotePartitioning(database, workers, properties);
    }

    @Bean
    StagedCorpus stagedCorpus(
            CorpusSnapshots snapshots,
            StagedInputs staged,
            IngestSettings settings,
            StageTimes times,
            Glossary glossary) {
        return new StagedCorpus(snapshots, staged, settings, times, glossary);
    }

    @Bean
    WorkerPool workerPool(
            RemotePartitioning remote,
            IntegrationFlowContext flows,
            RemoteWorkers workers,
            JobRepository jobRepository) {
        return new WorkerPool(remote, flows, workers, jobRepository);
    }
}
