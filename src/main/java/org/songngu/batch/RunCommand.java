package org.songngu.batch;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.songngu.glossary.GlossaryLoad;
import org.songngu.store.RunArticleRow;
import org.songngu.store.RunOutcome;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code run --corpus DIR}: runs the job once, one line per article, non-zero when one failed. */
@Component
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the alignment job once over a corpus folder and exit.")
class RunCommand implements Callable<Integer> {

    private final AlignmentRuns runs;
    private final GlossaryLoad glossary;
    private final RunProgress progress;
    private final StageTimes times;

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus folder.")
    Path corpus;

    @Option(names = "--realign-pending", description = "Also align again, with the current model, the articles "
            + "an older model aligned whose beads no reviewer touched (reviewed beads are never changed).")
    boolean realignPending;

    RunCommand(AlignmentRuns runs, GlossaryLoad glossary, RunProgress progress, StageTimes times) {
        this.runs = runs;
        this.glossary = glossary;
        this.progress = progress;
        this.times = times;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        glossary.messages().forEach(message -> out.println("glossary: " + message + " (left out)"));
        RunReport report;
        HeapWatch.start();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        // Progress goes to standard error so that standard output stays one line per article.
        ticker.scheduleAtFixedRate(() -> progress.current().ifPresent(snapshot ->
                spec.commandLine().getErr().println(snapshot.describe())), 5, 5, TimeUnit.SECONDS);
        try {
            report = runs.run(corpus, realignPending);
        } catch (RunInProgressException e) {
            spec.commandLine().getErr().println("run refused: " + e.getMessage());
            return 2;
        } finally {
            ticker.shutdownNow();
        }
        for (RunArticleRow article : report.articles()) {
            out.println(article.outcome().label() + " " + article.articleId()
                    + (article.message() == null ? "" : ": " + article.message()));
        }
        for (String error : report.errors()) {
            out.println("error: " + error);
        }
        report.templates().forEach(template -> out.println("metadata template: " + template));
        out.println("metadata: " + report.metadataSummary());
        out.println("time: " + times.describe());
        out.println("throughput: " + report.throughput());
        out.printf("memory: peak heap %d MB; peak heap after GC %s%n", peakHeapBytes() / (1024 * 1024),
                HeapWatch.describe());
        out.printf("run %d %s: %d processed, %d unchanged, %d failed%n", report.executionId(),
                report.status().toLowerCase(), report.count(RunOutcome.PROCESSED),
                report.count(RunOutcome.UNCHANGED), report.count(RunOutcome.FAILED));
        out.flush();
        return report.succeeded() ? 0 : 1;
    }

    /** The sum of the heap pools' peaks since the JVM started. */
    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
