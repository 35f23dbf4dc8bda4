package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.align.AlignerSettings;
import org.songngu.align.CorpusLexicon;
import org.songngu.corpus.LanguagePair;
import org.songngu.store.AlignmentModelStore;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The same corpus and model version give the same beads whatever the run's composition, chunk
 * size, partition count or restart point: the project corpus is aligned once in one run (ids
 * {@code one-*}) and once more in five runs of other compositions and settings, one of them stopped
 * by {@link JobOperator#stop} after its first chunk and restarted (ids {@code five-*}). The runs use
 * the job's own step-scoped reader, processor and writer beans in steps built with other settings.
 */
@SpringBootTest
@ActiveProfiles("test")
class ModelVersionDeterminismTest {

    @Autowired
    JobRepository jobRepository;

    @Autowired
    JobOperator jobOperator;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AlignmentModelStore models;

    @Autowired
    CorpusSnapshots snapshots;

    @Autowired
    Step modelStep;

    @Autowired
    ArticlePartitioner ingestPartitioner;

    @Autowired
    ItemReader<CorpusItem> corpusReader;

    @Autowired
    ArticleProcessor articleProcessor;

    @Autowired
    ArticleWriter articleWriter;

    @Autowired
    JdbcPagingItemReader<PendingArticle> pendingArticles;

    @Autowired
    ArticleAligner articleAligner;

    @Autowired
    AlignedArticleWriter alignedArticleWriter;

    @TempDir
    Path work;

    private int pinned;

    @BeforeEach
    void pinAModel() {
        deleteTestArticles();
        // a model learned from a few sentence pairs, stored with so much material behind it that the
        // runs below never add enough to relearn: every article is aligned by this version
        CorpusLexicon.Learner learner = CorpusLexicon.learner(AlignerSettings.defaults(), 1_000_000);
        learner.add("La mobilisation des masses au Thai Binh", "Công tác dân vận ở Thái Bình", 3);
        learner.add("Le comité populaire de la province", "Ủy ban nhân dân tỉnh", 3);
        learner.add("La mobilisation des masses au Thai Binh", "Mass mobilization in Thai Binh", 3);
        pinned = models.save(
                Long.MAX_VALUE / 4,
                learner.pairs(),
                Map.of(
                        LanguagePair.FR_VI,
                        learner.learn(List.of(), 1),
                        LanguagePair.FR_EN,
                        learner.learn(List.of(), 1)));
    }

    @AfterEach
    void unpin() {
        deleteTestArticles();
        jdbc.sql("DELETE FROM align_model WHERE version >= ?").param(pinned).update();
    }

    private void deleteTestArticles() {
        jdbc.sql("DELETE FROM article WHERE id LIKE 'one-%' OR id LIKE 'five-%'")
                .update();
    }

    @Test
    void oneRunAndFiveRunsOfOtherCompositionsGiveTheSameBeads() throws Exception {
        List<Path> sources = projectArticles();
        assertThat(sources).hasSizeGreaterThanOrEqualTo(5);

        JobExecution single = run(job(2, 5, 5, null), corpus("one", sources), "single", false);
        assertThat(single.getStatus()).isEqualTo(BatchStatus.COMPLETED);

        // five executions: one article; three articles stopped after the first chunk; the restart;
        // the last article with three partitions and other chunks; all of them again asking for
        // realignment, which finds none (they have the current model version)
        assertThat(run(job(1, 1, 1, null), corpus("five", sources.subList(0, 1)), "b1", false)
                        .getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        Path second = corpus("five", sources.subList(1, 4));
        AtomicBoolean stopped = new AtomicBoolean();
        JobExecution interrupted = run(job(2, 1, 1, stopAfterFirstChunk(stopped)), second, "b2", false);
        assertThat(interrupted.getStatus()).as("stopped within the align step").isEqualTo(BatchStatus.STOPPED);
        assertThat(count("SELECT COUNT(*) FROM article WHERE id LIKE 'five-%' AND status = 'ALIGNED'"))
                .as("aligned when the stop took effect at a chunk boundary")
                .isBetween(2, 3);
        assertThat(run(job(2, 1, 1, null), second, "b2", false).getStatus())
                .as("restart")
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(run(job(3, 2, 3, null), corpus("five", sources.subList(4, sources.size())), "b4", false)
                        .getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        Path all = corpus("five", sources);
        assertThat(run(job(2, 5, 2, null), all, "b5", true).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        for (Path source : sources) {
            String name = source.getFileName().toString();
            assertThat(sentences("five-" + name))
                    .as("sentences of %s", name)
                    .isEqualTo(sentences("one-" + name))
                    .isNotEmpty();
            assertThat(beads("five-" + name))
                    .as("beads of %s", name)
                    .isEqualTo(beads("one-" + name))
                    .isNotEmpty();
            assertThat(jdbc.sql("SELECT model_version FROM article WHERE id = ?")
                            .param("five-" + name)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(pinned);
        }
    }

    @Test
    void realignPendingAlignsUntouchedArticlesAgainWithTheCurrentModelAndLeavesReviewedOnesAlone() throws Exception {
        List<Path> sources = projectArticles().subList(0, 2);
        Path corpus = corpus("five", sources);
        assertThat(run(job(1, 5, 5, null), corpus, "first", false).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        String untouched = "five-" + sources.get(0).getFileName();
        String reviewed = "five-" + sources.get(1).getFileName();
        jdbc.sql("UPDATE bead SET status = 'APPROVED', version = version + 1 WHERE article_id = ? AND idx = 0")
                .param(reviewed)
                .update();
        List<String> reviewedBeads = beads(reviewed);
        CorpusLexicon.Learner learner = CorpusLexicon.learner(AlignerSettings.defaults(), 1_000_000);
        learner.add("Le peuple", "Nhân dân", 1);
        int newer = models.save(Long.MAX_VALUE / 4, 1, Map.of(LanguagePair.FR_VI, learner.learn(List.of(), 1)));

        assertThat(run(job(1, 5, 5, null), corpus, "again", false).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(modelVersion(untouched))
                .as("without --realign-pending nothing is aligned again")
                .isEqualTo(pinned);

        assertThat(run(job(1, 5, 5, null), corpus, "realign", true).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(modelVersion(untouched)).isEqualTo(newer);
        assertThat(beads(untouched)).isNotEmpty();
        assertThat(modelVersion(reviewed)).isEqualTo(pinned);
        assertThat(beads(reviewed)).isEqualTo(reviewedBeads);
    }

    private Integer modelVersion(String article) {
        return jdbc.sql("SELECT model_version FROM article WHERE id = ?")
                .param(article)
                .query(Integer.class)
                .single();
    }

    private ChunkListener<Object, Object> stopAfterFirstChunk(AtomicBoolean stopped) {
        return new ChunkListener<>() {
            @Override
            public void afterChunk(Chunk<Object> chunk) {
                if (stopped.compareAndSet(false, true)) {
                    jobRepository.findRunningJobExecutions("determinism").forEach(execution -> {
                        try {
                            jobOperator.stop(execution);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
                }
            }
        };
    }

    /** The job's steps with other settings: ingest partitions and chunk, align chunk, an optional align listener. */
    private Job job(int partitions, int ingestChunk, int alignChunk, ChunkListener<Object, Object> alignListener) {
        Step worker = new StepBuilder("ingestWorkerStep", jobRepository)
                .<CorpusItem, ProcessedArticle>chunk(ingestChunk)
                .transactionManager(transactionManager)
                .reader(corpusReader)
                .processor(articleProcessor)
                .writer(articleWriter)
                .build();
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("determinism-");
        Step ingest = new StepBuilder("ingestStep", jobRepository)
                .partitioner("ingestWorkerStep", ingestPartitioner)
                .step(worker)
                .gridSize(partitions)
                .taskExecutor(threads)
                .build();
        var align = new StepBuilder("alignStep", jobRepository)
                .<PendingArticle, AlignedArticle>chunk(alignChunk)
                .transactionManager(transactionManager)
                .reader(pendingArticles)
                .processor(articleAligner)
                .writer(alignedArticleWriter);
        if (alignListener != null) {
            align.listener(alignListener);
        }
        return new JobBuilder("determinism", jobRepository)
                .listener(new JobExecutionListener() {
                    @Override
                    public void afterJob(JobExecution jobExecution) {
                        snapshots.release(jobExecution.getId());
                    }
                })
                .start(ingest)
                .next(modelStep)
                .next(align.build())
                .build();
    }

    private JobExecution run(Job job, Path corpus, String name, boolean realign) throws Exception {
        JobParameters parameters = new JobParametersBuilder()
                .addString("corpus", corpus.toAbsolutePath().toString())
                .addString("run", name + "-" + work.getFileName())
                .addString("realignPending", String.valueOf(realign))
                .toJobParameters();
        return jobOperator.start(job, parameters);
    }

    private Path corpus(String prefix, List<Path> sources) throws IOException {
        Path corpus = Files.createTempDirectory(work, prefix);
        for (Path source : sources) {
            Path copy = corpus.resolve(prefix + "-" + source.getFileName());
            Files.createDirectories(copy);
            try (Stream<Path> files = Files.list(source)) {
                for (Path file : files.toList()) {
                    Files.copy(file, copy.resolve(file.getFileName()));
                }
            }
        }
        return corpus;
    }

    private static List<Path> projectArticles() throws IOException {
        try (Stream<Path> folders = Files.list(Path.of("corpus"))) {
            return folders.filter(Files::isDirectory).sorted().toList();
        }
    }

    private List<String> sentences(String article) {
        return jdbc.sql("SELECT lang || ':' || idx || ':' || content FROM sentence WHERE article_id = ? ORDER BY "
                        + "lang, idx")
                .param(article)
                .query(String.class)
                .list();
    }

    private List<String> beads(String article) {
        List<String> rows = new ArrayList<>();
        jdbc.sql("""
                SELECT lang_pair, idx, src_start, src_end, tgt_start, tgt_end, src_text, tgt_text, confidence, status
                FROM bead WHERE article_id = ? ORDER BY lang_pair, idx""")
                .param(article)
                .query((rs, row) -> rows.add(String.join(
                        "|",
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        Double.toString(rs.getDouble(9)),
                        rs.getString(10))))
                .list();
        return rows;
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
