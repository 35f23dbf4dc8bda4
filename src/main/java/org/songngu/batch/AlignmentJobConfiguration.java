package org.songngu.batch;

import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.songngu.align.Aligner;
import org.songngu.align.AlignerSettings;
import org.songngu.corpus.LanguagePair;
import org.songngu.glossary.Glossary;
import org.songngu.quality.FindingStore;
import org.songngu.quality.FrenchChecker;
import org.songngu.quality.QualitySettings;
import org.songngu.store.AlignmentModelStore;
import org.songngu.store.ArticleMetadataStore;
import org.songngu.store.ArticleStore;
import org.songngu.store.ArticleSummaries;
import org.songngu.store.SearchIndex;
import org.songngu.store.StagedInputs;
import org.songngu.system.SongnguProperties;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilder;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The alignment job: {@code ingestStep} reads, cleans, segments and checks each new or changed
 * article; {@code modelStep} learns the aligner's model from the stored corpus when enough is new;
 * {@code alignStep} aligns each pending article with the stored model and stores its beads.
 */
@Configuration
class AlignmentJobConfiguration {

    @Bean
    Job alignmentJob(
            JobRepository jobRepository,
            Step ingestStep,
            Step modelStep,
            Step alignStep,
            CorpusSnapshots snapshots,
            ObjectProvider<StagedCorpus> staged) {
        return new JobBuilder("alignmentJob", jobRepository)
                .listener(new JobExecutionListener() {
                    @Override
                    public void afterJob(JobExecution jobExecution) {
                        snapshots.release(jobExecution.getId());
                        staged.ifAvailable(corpus -> corpus.release(jobExecution.getId()));
                    }
                })
                .start(ingestStep)
                .next(modelStep)
                .next(alignStep)
                .build();
    }

    /**
     * The ingest step, partitioned: the article list is cut into ranges. Locally
     * ({@code songngu.workers=local}) a thread pool runs {@code songngu.partitions} of them at once;
     * with {@code songngu.workers=remote} the ranges are small ({@code songngu.remote.partition-size})
     * and many, sent as requests through the database to worker processes, and this step polls the
     * job repository until every partition is done.
     */
    @Bean
    Step ingestStep(
            JobRepository jobRepository,
            @Qualifier("ingestWorkerStep") ObjectProvider<Step> ingestWorkerStep,
            ArticlePartitioner ingestPartitioner,
            RunProgress progress,
            SongnguProperties properties,
            @Value("${songngu.workers:local}") String workers,
            StageTimes times,
            ObjectProvider<RemotePartitioning> remote,
            BeanFactory beanFactory) {
        if (!workers.equals("local") && !workers.equals("remote")) {
            throw new IllegalArgumentException("songngu.workers must be local or remote, not '" + workers + "'");
        }
        RemotePartitioning remotePartitioning = remote.getIfAvailable();
        if (remotePartitioning != null) {
            // The worker step is not built here: the manager needs neither it nor its French checker.
            return managerStep(
                    "ingestStep",
                    "ingestWorkerStep",
                    ingestPartitioner,
                    jobRepository,
                    remotePartitioning,
                    progress,
                    times,
                    beanFactory);
        }
        // Not a bean: a TaskExecutor bean would make Boot drop its own application task executor.
        SimpleAsyncTaskExecutor partitionThreads = new SimpleAsyncTaskExecutor("songngu-ingest-");
        partitionThreads.setConcurrencyLimit(properties.effectivePartitions());
        return new StepBuilder("ingestStep", jobRepository)
                .partitioner("ingestWorkerStep", ingestPartitioner)
                .step(ingestWorkerStep.getObject())
                .gridSize(properties.effectivePartitions())
                .taskExecutor(partitionThreads)
                .listener(new ProgressListener.Finish(progress))
                .build();
    }

    /**
     * One partition of the ingest step. With remote workers the same step is built by
     * {@link RemotePartitioningWorkerStepBuilder}, which also registers the flow that hands it the
     * requests a worker takes ({@link WorkerPool} starts it, in the {@code worker} command only).
     */
    @Bean
    Step ingestWorkerStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            PositionReader corpusReader,
            ArticleProcessor articleProcessor,
            ArticleWriter articleWriter,
            ArticleFailureRecorder articleFailureRecorder,
            RunProgress progress,
            SongnguProperties properties,
            RunGlossaries.Summaries glossarySummaries,
            StageTimes times,
            ObjectProvider<RemotePartitioning> remote,
            ObjectProvider<WorkerPool> workerPool,
            BeanFactory beanFactory) {
        RemotePartitioning remotePartitioning = remote.getIfAvailable();
        // Fault tolerant so that an exception met on one article fails that article, not its chunk:
        // a failed write is scanned item by item, and only the article at fault is skipped.
        var chunks = partitionStep("ingestWorkerStep", jobRepository, remotePartitioning, beanFactory)
                .<CorpusItem, ProcessedArticle>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(corpusReader)
                .processor(articleProcessor)
                .writer(articleWriter)
                .faultTolerant()
                .skipPolicy(new ArticleSkipPolicy())
                .skipListener(articleFailureRecorder)
                .listener(new ProgressListener(progress));
        if (remotePartitioning != null) {
            onWorker(chunks, workerPool.getObject(), glossarySummaries, times);
        }
        return chunks.build();
    }

    /**
     * What a partition's step needs only on a worker process: the review summaries refreshed with
     * the run's staged glossary after each chunk (the worker has no glossary file of its own), the
     * stage times recorded in the partition for the manager's summary, and the pool's guard (it
     * counts partitions and skips one whose run is over) and interruption policy (a worker told to
     * stop leaves between chunks).
     */
    private static void onWorker(
            ChunkOrientedStepBuilder<?, ?> chunks,
            WorkerPool pool,
            RunGlossaries.Summaries glossarySummaries,
            StageTimes times) {
        chunks.listener(glossarySummaries)
                .listener(times.partitionTimes())
                .listener(pool.guard())
                .interruptionPolicy(pool.interruptionPolicy());
    }

    /**
     * The builder of a partition's step: a plain one, or with remote workers the worker builder,
     * whose {@code chunk(...)} also registers the flow that hands the step its requests.
     */
    private static StepBuilder partitionStep(
            String name, JobRepository jobRepository, RemotePartitioning remote, BeanFactory beanFactory) {
        if (remote == null) {
            return new StepBuilder(name, jobRepository);
        }
        return new RemotePartitioningWorkerStepBuilder(name, jobRepository)
                .inputChannel(remote.workerRequests())
                .beanFactory(beanFactory);
    }

    /**
     * Takes the corpus snapshot when the step starts; the ranges index its sorted items. For remote
     * workers it also stages the snapshot in the database, and cuts it into small ranges.
     */
    @Bean
    @StepScope
    ArticlePartitioner ingestPartitioner(
            @Value("#{jobParameters['corpus']}") String corpus,
            @Value("#{stepExecution.jobExecution.id}") Long jobExecutionId,
            CorpusSnapshots snapshots,
            RunProgress progress,
            ObjectProvider<StagedCorpus> staged,
            RemoteProperties remoteProperties) {
        int size = snapshots.size(jobExecutionId, Path.of(corpus));
        progress.start("ingest", size);
        StagedCorpus stagedCorpus = staged.getIfAvailable();
        if (stagedCorpus == null) {
            return new ArticlePartitioner(size);
        }
        stagedCorpus.stage(jobExecutionId, Path.of(corpus));
        return new ArticlePartitioner(size, remoteProperties.partitionSize());
    }

    /**
     * One partition's articles, each read and cleaned when reached: from the corpus folder, or as staged for workers.
     */
    @Bean
    @StepScope
    PositionReader corpusReader(
            @Value("#{jobParameters['corpus']}") String corpus,
            @Value("#{stepExecution.jobExecution.id}") Long jobExecutionId,
            @Value("#{stepExecutionContext['from']}") Integer from,
            @Value("#{stepExecutionContext['to']}") Integer to,
            CorpusSnapshots snapshots,
            ObjectProvider<StagedCorpus> staged) {
        StagedCorpus stagedCorpus = staged.getIfAvailable();
        return stagedCorpus != null
                ? stagedCorpus.reader(jobExecutionId, from, to)
                : snapshots.reader(jobExecutionId, Path.of(corpus), from, to);
    }

    /** With the French checker of the run's glossary ({@link RunGlossaries}). */
    @Bean
    @StepScope
    ArticleProcessor articleProcessor(
            ArticleStore store,
            ArticleMetadataStore metadata,
            RunGlossaries glossaries,
            @Value("#{stepExecution.jobExecution.id}") Long jobExecutionId,
            StageTimes times) {
        return new ArticleProcessor(
                store, metadata, glossaries.forRun(jobExecutionId).checker(), times);
    }

    /**
     * The glossary partitions work with: the application's, or on remote workers the one the run's
     * manager staged.
     */
    @Bean
    RunGlossaries runGlossaries(
            Glossary glossary,
            FrenchChecker frenchChecker,
            Map<LanguagePair, Aligner> aligners,
            @Value("${songngu.workers:local}") String workers,
            StagedInputs inputs,
            QualitySettings quality,
            AlignerSettings alignerSettings,
            ObjectProvider<FindingStore> findings,
            JdbcClient jdbc,
            SearchIndex search,
            PlatformTransactionManager transactionManager) {
        return new RunGlossaries(
                glossary,
                frenchChecker,
                aligners,
                workers.equals("remote"),
                inputs,
                quality,
                alignerSettings,
                findings.getIfAvailable(),
                coverage -> new ArticleSummaries(jdbc, coverage, search, transactionManager));
    }

    @Bean
    @StepScope
    RunGlossaries.Summaries glossarySummaries(
            RunGlossaries glossaries, @Value("#{stepExecution.jobExecution.id}") Long jobExecutionId) {
        return new RunGlossaries.Summaries(glossaries, jobExecutionId);
    }

    @Bean
    @StepScope
    ArticleWriter articleWriter(
            ArticleStore store,
            ArticleMetadataStore metadata,
            @Value("#{stepExecution.jobExecution.id}") Long jobExecutionId,
            StageTimes times) {
        return new ArticleWriter(store, metadata, jobExecutionId, times);
    }

    @Bean
    @StepScope
    ArticleFailureRecorder articleFailureRecorder(
            ArticleStore store,
            PlatformTransactionManager transactionManager,
            @Value("#{stepExecution.jobExecution.id}") Long jobExecutionId) {
        return new ArticleFailureRecorder(store, transactionManager, jobExecutionId);
    }

    /** Learns the aligner's model from the stored corpus when enough is new, before anything is aligned. */
    @Bean
    Step modelStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            AlignmentModelStore modelStore,
            ArticleStore articleStore,
            Glossary glossary,
            ModelProperties modelProperties,
            AlignerSettings alignerSettings,
            StageTimes times) {
        return new StepBuilder("modelStep", jobRepository)
                .tasklet(
                        new ModelLearning(modelStore, articleStore, glossary, modelProperties, alignerSettings, times),
                        transactionManager)
                .build();
    }

    /**
     * Aligns the articles pending alignment one per item, with the model version stored when the step
     * starts: the reader pages their ids from the database, nothing holds them all, and a stop
     * request ends the step at the next chunk boundary. With remote workers the pending articles are
     * cut into ranges of ids ({@code songngu.remote.align-partition-size}) sent to the workers like
     * the ingest step's, each aligned by {@code alignWorkerStep} with the same model version.
     */
    @Bean
    Step alignStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            @Qualifier("pendingArticles") JdbcPagingItemReader<PendingArticle> pendingArticles,
            ArticleAligner articleAligner,
            AlignedArticleWriter alignedArticleWriter,
            RunProgress progress,
            SongnguProperties properties,
            AlignPartitioner alignPartitioner,
            StageTimes times,
            ObjectProvider<RemotePartitioning> remote,
            BeanFactory beanFactory) {
        RemotePartitioning remotePartitioning = remote.getIfAvailable();
        if (remotePartitioning != null) {
            return managerStep(
                    "alignStep",
                    "alignWorkerStep",
                    alignPartitioner,
                    jobRepository,
                    remotePartitioning,
                    progress,
                    times,
                    beanFactory);
        }
        return new StepBuilder("alignStep", jobRepository)
                .<PendingArticle, AlignedArticle>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(pendingArticles)
                .processor(articleAligner)
                .writer(alignedArticleWriter)
                .listener(new ProgressListener(progress))
                .listener(new ProgressListener.Finish(progress))
                .build();
    }

    /**
     * The manager's side of a remote step: cuts the work into partitions, sends each as a request
     * to the workers' {@code workerStep} and polls the repository until all are done.
     */
    private static Step managerStep(
            String name,
            String workerStep,
            Partitioner partitioner,
            JobRepository jobRepository,
            RemotePartitioning remotePartitioning,
            RunProgress progress,
            StageTimes times,
            BeanFactory beanFactory) {
        return new RemotePartitioningManagerStepBuilder(name, jobRepository)
                .partitioner(workerStep, partitioner)
                .gridSize(1)
                .outputChannel(remotePartitioning.requests())
                .pollInterval(remotePartitioning.properties().pollInterval().toMillis())
                .beanFactory(beanFactory)
                .listener(remotePartitioning.watch(progress, workerStep, times, jobRepository))
                .listener(new ProgressListener.Finish(progress))
                .build();
    }

    /**
     * One range of the pending articles, aligned on a worker: the same reader (limited to the
     * range), processor and writer as the local step. The reader keeps no position: an aligned
     * article leaves the selection, so a range executed again (its worker died or left) selects
     * what is still pending and aligns each article once.
     */
    @Bean
    Step alignWorkerStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            @Qualifier("rangeOfPendingArticles") JdbcPagingItemReader<PendingArticle> rangeOfPendingArticles,
            ArticleAligner articleAligner,
            AlignedArticleWriter alignedArticleWriter,
            RunProgress progress,
            SongnguProperties properties,
            RunGlossaries.Summaries glossarySummaries,
            StageTimes times,
            ObjectProvider<RemotePartitioning> remote,
            ObjectProvider<WorkerPool> workerPool,
            BeanFactory beanFactory) {
        RemotePartitioning remotePartitioning = remote.getIfAvailable();
        var chunks = partitionStep("alignWorkerStep", jobRepository, remotePartitioning, beanFactory)
                .<PendingArticle, AlignedArticle>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(rangeOfPendingArticles)
                .processor(articleAligner)
                .writer(alignedArticleWriter)
                .listener(new ProgressListener(progress));
        if (remotePartitioning != null) {
            onWorker(chunks, workerPool.getObject(), glossarySummaries, times);
        }
        return chunks.build();
    }

    /**
     * The articles pending alignment in id order, a page at a time (keyset paging on the id, so
     * the articles leaving the selection as they are aligned do not shift the pages); with
     * {@code realignPending}, also the untouched aligned articles of an older model version.
     */
    @Bean
    @StepScope
    JdbcPagingItemReader<PendingArticle> pendingArticles(
            DataSource dataSource,
            ArticleStore store,
            AlignmentModelStore modelStore,
            RunProgress progress,
            @Value("#{jobParameters['realignPending']}") String realignPending)
            throws Exception {
        boolean realign = Boolean.parseBoolean(realignPending);
        int version =
                modelStore.current().map(AlignmentModelStore.Version::version).orElse(0);
        progress.start("align", (int) Math.min(Integer.MAX_VALUE, store.countPendingAlignment(realign, version)));
        return AlignPartitioner.pendingArticles(dataSource, realign, version, null, null);
    }

    /**
     * The pending articles of one range {@code (afterId, lastId]} an align partition holds, as {@link
     * #pendingArticles}.
     */
    @Bean
    @StepScope
    JdbcPagingItemReader<PendingArticle> rangeOfPendingArticles(
            DataSource dataSource,
            @Value("#{jobParameters['realignPending']}") String realignPending,
            @Value("#{stepExecutionContext['modelVersion']}") Integer version,
            @Value("#{stepExecutionContext['afterId']}") String afterId,
            @Value("#{stepExecutionContext['lastId']}") String lastId)
            throws Exception {
        return AlignPartitioner.pendingArticles(
                dataSource, Boolean.parseBoolean(realignPending), version == null ? 0 : version, afterId, lastId);
    }

    /** Cuts the pending articles into ranges of ids when the remote align step starts. */
    @Bean
    @StepScope
    AlignPartitioner alignPartitioner(
            DataSource dataSource,
            ArticleStore store,
            AlignmentModelStore modelStore,
            RunProgress progress,
            RemoteProperties remoteProperties,
            @Value("#{jobParameters['realignPending']}") String realignPending) {
        boolean realign = Boolean.parseBoolean(realignPending);
        int version =
                modelStore.current().map(AlignmentModelStore.Version::version).orElse(0);
        progress.start("align", (int) Math.min(Integer.MAX_VALUE, store.countPendingAlignment(realign, version)));
        return new AlignPartitioner(dataSource, realign, version, remoteProperties.alignPartitionSize());
    }

    /**
     * Reads the model once, when the step starts: every article of the step uses the same version.
     * An align partition on a worker names the version its manager read ({@code modelVersion}, 0
     * for none): the worker keeps the last one it loaded.
     */
    @Bean
    @StepScope
    ArticleAligner articleAligner(
            ArticleStore store,
            AlignmentModelStore modelStore,
            StoredModels models,
            RunGlossaries glossaries,
            StageTimes times,
            @Value("#{stepExecution.jobExecution.id}") Long jobExecutionId,
            @Value("#{stepExecutionContext['modelVersion']}") Integer partitionModel) {
        AlignmentModel model =
                partitionModel == null ? AlignmentModel.current(modelStore) : models.version(partitionModel);
        return new ArticleAligner(store, glossaries.forRun(jobExecutionId).aligners(), model, times);
    }

    @Bean
    @StepScope
    AlignedArticleWriter alignedArticleWriter(
            ArticleStore store,
            @Value("#{stepExecution.jobExecution.id}") Long jobExecutionId,
            StageTimes times,
            PlatformTransactionManager transactionManager) {
        return new AlignedArticleWriter(store, jobExecutionId, times, transactionManager);
    }
}
