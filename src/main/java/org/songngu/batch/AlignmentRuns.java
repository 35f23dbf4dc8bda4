package org.songngu.batch;

import java.nio.file.Path;
import java.util.List;

import org.songngu.store.ArticleStore;
import org.songngu.store.RunArticleRow;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Service;

/** Starts the alignment job over a corpus folder and reports what it did with each article. */
@Service
public class AlignmentRuns {

    private final JobOperator jobOperator;
    private final Job alignmentJob;
    private final ArticleStore store;

    public AlignmentRuns(JobOperator jobOperator, Job alignmentJob, ArticleStore store) {
        this.jobOperator = jobOperator;
        this.alignmentJob = alignmentJob;
        this.store = store;
    }

    /** Runs the job to its end on the calling thread. */
    public RunReport run(Path corpus) throws Exception {
        JobParameters parameters = new JobParametersBuilder()
                .addString("corpus", corpus.toAbsolutePath().normalize().toString())
                .addLong("requestedAt", System.currentTimeMillis())
                .toJobParameters();
        JobExecution execution = jobOperator.start(alignmentJob, parameters);
        return report(execution);
    }

    private RunReport report(JobExecution execution) {
        List<RunArticleRow> articles = store.outcomes(execution.getId());
        List<String> errors = execution.getAllFailureExceptions().stream()
                .map(AlignmentRuns::describe)
                .distinct()
                .toList();
        return new RunReport(execution.getId(), execution.getStatus().name(), articles, errors);
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
