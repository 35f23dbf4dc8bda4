package org.songngu.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.songngu.align.Aligner;
import org.songngu.corpus.ArticleIngestor;
import org.songngu.corpus.CorpusScanner;
import org.songngu.corpus.IngestResult;
import org.songngu.corpus.IngestSettings;
import org.songngu.quality.FrenchChecker;
import org.songngu.store.ArticleStore;
import org.songngu.system.SongnguProperties;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The alignment job: {@code ingestStep} reads, cleans, segments and checks each new or changed
 * article; {@code alignStep} aligns what was read, as one batch, and stores the beads.
 */
@Configuration
class AlignmentJobConfiguration {

    @Bean
    Job alignmentJob(JobRepository jobRepository, Step ingestStep, Step alignStep) {
        return new JobBuilder("alignmentJob", jobRepository)
                .start(ingestStep)
                .next(alignStep)
                .build();
    }

    @Bean
    Step ingestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ListItemReader<CorpusItem> corpusReader, ArticleProcessor articleProcessor, ArticleWriter articleWriter,
            RunProgress progress, SongnguProperties properties) {
        return new StepBuilder("ingestStep", jobRepository)
                .<CorpusItem, ProcessedArticle>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(corpusReader)
                .processor(articleProcessor)
                .writer(articleWriter)
                .listener(new ProgressListener(progress))
                .build();
    }

    /** Reads the whole corpus when the step starts: the boilerplate model is learned from all of it. */
    @Bean
    @StepScope
    ListItemReader<CorpusItem> corpusReader(@Value("#{jobParameters['corpus']}") String corpus,
            IngestSettings settings, RunProgress progress, StageTimes times) {
        IngestResult result = times.time(StageTimes.Stage.INGEST,
                () -> ArticleIngestor.ingestAll(CorpusScanner.scan(Path.of(corpus)), settings));
        List<CorpusItem> items = new ArrayList<>();
        result.articles().forEach(article -> items.add(new CorpusItem.Ingested(article)));
        // The article is named on the report's line already: its reason is the file and what is wrong.
        result.failures().forEach(failure -> items.add(new CorpusItem.Rejected(failure.articleId(),
                failure.file() == null ? failure.reason() : failure.file() + ": " + failure.reason())));
        items.sort(Comparator.comparing(CorpusItem::articleId));
        progress.start("ingest", items.size());
        return new ListItemReader<>(items);
    }

    @Bean
    ArticleProcessor articleProcessor(ArticleStore store, FrenchChecker checker, StageTimes times) {
        return new ArticleProcessor(store, checker, times);
    }

    @Bean
    @StepScope
    ArticleWriter articleWriter(ArticleStore store, @Value("#{stepExecution.jobExecution.id}") Long jobExecutionId,
            StageTimes times) {
        return new ArticleWriter(store, jobExecutionId, times);
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
                () -> BatchAlignment.compute(pending, store.aligned(), store::sentences, aligners));
        return new ListItemReader<>(pending.stream().map(alignment::get).toList());
    }
}
