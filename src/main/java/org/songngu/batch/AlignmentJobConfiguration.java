package org.songngu.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.songngu.align.Aligner;
import org.songngu.quality.FrenchChecker;
import org.songngu.store.ArticleMetadataStore;
import org.songngu.store.ArticleStore;
import org.songngu.system.SongnguProperties;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The alignment job: {@code ingestStep} reads, cleans, segments and checks each new or changed
 * article; {@code alignStep} aligns what was read, as one batch, and stores the beads.
 */
@Configuration
class AlignmentJobConfiguration {

    @Bean
    Job alignmentJob(JobRepository jobRepository, Step ingestStep, Step alignStep, CorpusSnapshots snapshots) {
        return new JobBuilder("alignmentJob", jobRepository)
                .listener(new JobExecutionListener() {
                    @Override
                    public void afterJob(JobExecution jobExecution) {
                        snapshots.release(jobExecution.getId());
                    }
                })
                .start(ingestStep)
                .next(alignStep)
                .build();
    }

    /**
     * The ingest step, partitioned: the article list is cut into {@code songngu.partitions} ranges
     * run in parallel by the partition handler. Here a local thread pool runs them; a remote
     * handler could send the same ranges to worker processes without changing the worker step.
     */
    @Bean
    Step ingestStep(JobRepository jobRepository, Step ingestWorkerStep, ArticlePartitioner ingestPartitioner,
            RunProgress progress, SongnguProperties properties) {
        // Not a bean: a TaskExecutor bean would make Boot drop its own application task executor.
        SimpleAsyncTaskExecutor partitionThreads = new SimpleAsyncTaskExecutor("songngu-ingest-");
        partitionThreads.setConcurrencyLimit(properties.effectivePartitions());
        return new StepBuilder("ingestStep", jobRepository)
                .partitioner("ingestWorkerStep", ingestPartitioner)
                .step(ingestWorkerStep)
                .gridSize(properties.effectivePartitions())
                .taskExecutor(partitionThreads)
                .listener(new ProgressListener.Finish(progress))
                .build();
    }

    @Bean
    Step ingestWorkerStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ListItemReader<CorpusItem> corpusReader, ArticleProcessor articleProcessor, ArticleWriter articleWriter,
            RunProgress progress, SongnguProperties properties) {
        return new StepBuilder("ingestWorkerStep", jobRepository)
                .<CorpusItem, ProcessedArticle>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(corpusReader)
                .processor(articleProcessor)
                .writer(articleWriter)
                .listener(new ProgressListener(progress))
                .build();
    }

    /** Takes the corpus snapshot when the step starts; the ranges index its sorted items. */
    @Bean
    @StepScope
    ArticlePartitioner ingestPartitioner(@Value("#{jobParameters['corpus']}") String corpus,
            @Value("#{stepExecution.jobExecution.id}") Long jobExecutionId, CorpusSnapshots snapshots,
            RunProgress progress) {
        List<CorpusItem> items = snapshots.items(jobExecutionId, Path.of(corpus));
        progress.start("ingest", items.size());
        return new ArticlePartitioner(items.size());
    }

    /** One partition's articles. */
    @Bean
    @StepScope
    ListItemReader<CorpusItem> corpusReader(@Value("#{jobParameters['corpus']}") String corpus,
            @Value("#{stepExecution.jobExecution.id}") Long jobExecutionId,
            @Value("#{stepExecutionContext['from']}") Integer from, @Value("#{stepExecutionContext['to']}") Integer to,
            CorpusSnapshots snapshots) {
        return new ListItemReader<>(snapshots.items(jobExecutionId, Path.of(corpus)).subList(from, to));
    }

    @Bean
    ArticleProcessor articleProcessor(ArticleStore store, ArticleMetadataStore metadata, FrenchChecker checker,
            StageTimes times) {
        return new ArticleProcessor(store, metadata, checker, times);
    }

    @Bean
    @StepScope
    ArticleWriter articleWriter(ArticleStore store, ArticleMetadataStore metadata,
            @Value("#{stepExecution.jobExecution.id}") Long jobExecutionId, StageTimes times) {
        return new ArticleWriter(store, metadata, jobExecutionId, times);
    }

    @Bean
    Step alignStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ListItemReader<AlignedArticle> alignedArticles, AlignedArticleWriter alignedArticleWriter,
            RunProgress progress, SongnguProperties properties) {
        return new StepBuilder("alignStep", jobRepository)
                .<AlignedArticle, AlignedArticle>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(alignedArticles)
                .writer(alignedArticleWriter)
                .listener(new ProgressListener(progress))
                .listener(new ProgressListener.Finish(progress))
                .build();
    }

    @Bean
    @StepScope
    AlignedArticleWriter alignedArticleWriter(ArticleStore store,
            @Value("#{stepExecution.jobExecution.id}") Long jobExecutionId, StageTimes times) {
        return new AlignedArticleWriter(store, jobExecutionId, times);
    }

    /** Aligns every pending article when the step starts, so that the lexicon learns from them all. */
    @Bean
    @StepScope
    ListItemReader<AlignedArticle> alignedArticles(ArticleStore store, Map<LanguagePair, Aligner> aligners,
            RunProgress progress, StageTimes times) {
        List<String> pending = store.pendingAlignment();
        progress.start("align", pending.size());
        if (pending.isEmpty()) {
            return new ListItemReader<>(List.of());
        }
        BatchAlignment alignment = times.time(StageTimes.Stage.ALIGN,
                () -> BatchAlignment.compute(pending, store.recentlyAligned(BatchAlignment.CONTEXT_ARTICLES),
                        store::sentences, aligners));
        return new ListItemReader<>(pending.stream().map(alignment::get).toList());
    }
}
