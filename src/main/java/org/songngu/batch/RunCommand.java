package org.songngu.batch;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.songngu.glossary.GlossaryLoad;
import org.songngu.store.RunArticleRow;
import org.songngu.system.SongnguProperties;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code run --corpus DIR [--glossary PATH | --no-glossary]}: runs the job once; standard output
 * holds one line per article, then a summary (glossary used, stage times, counts). Exit status 0,
 * 1 when an article or the run failed, 2 on bad usage (a missing corpus folder is caught while the
 * options are parsed, before anything starts) or when another run holds the lock.
 */
@Component
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Run the alignment job once over a corpus folder.",
            "Standard output: one line per article, then a summary; progress and log on standard error."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every article processed or unchanged",
            "1:an article or the run failed",
            "2:bad options, the application could not start, or another run is in progress"
        })
public class RunCommand implements Callable<Integer> {

    private final AlignmentRuns runs;
    private final GlossaryLoad glossary;
    private final SongnguProperties properties;
    private final RunProgress progress;
    private final StageTimes times;

    @Spec
    CommandSpec spec;

    Path corpus;

    @Option(
            names = "--realign-pending",
            description = "Also align again, with the current model, the articles "
                    + "an older model aligned whose beads no reviewer touched (reviewed beads are never changed).")
    boolean realignPending;

    // The two glossary options are settings of the application the command runs in: the command
    // line reads them before it starts Spring (songngu.glossary), they are declared here for
    // parsing and help.
    @Option(
            names = "--glossary",
            paramLabel = "PATH",
            description = "glossary CSV file or folder (default: songngu.glossary, glossary/ in the working directory)")
    Path glossaryPath;

    @Option(names = "--no-glossary", description = "run without a glossary")
    boolean noGlossary;

    // Settings too (songngu.workers=remote, songngu.remote.min-workers): they choose the beans the job is built with.
    @Option(
            names = "--remote",
            description = "have worker processes (the worker command, same PostgreSQL database) "
                    + "execute the ingest and align steps' partitions; fails when none joined within "
                    + "songngu.remote.worker-timeout")
    boolean remote;

    @Option(
            names = "--min-workers",
            paramLabel = "N",
            description =
                    "with --remote, wait for N workers before starting " + "(default: songngu.remote.min-workers, 1)")
    Integer minWorkers;

    public RunCommand(
            AlignmentRuns runs,
            GlossaryLoad glossary,
            SongnguProperties properties,
            RunProgress progress,
            StageTimes times) {
        this.runs = runs;
        this.glossary = glossary;
        this.properties = properties;
        this.progress = progress;
        this.times = times;
    }

    /** Checked while parsing, so that a wrong path is reported before the database and LanguageTool start. */
    @Option(
            names = "--corpus",
            required = true,
            paramLabel = "DIR",
            description = "the corpus folder: one subfolder per article (fr, vi, en files; see corpus/README.md)")
    void corpus(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "corpus folder " + folder.toAbsolutePath().normalize()
                            + (Files.exists(folder) ? " is not a folder" : " does not exist")
                            + ": give --corpus the folder that holds one subfolder per article");
        }
        this.corpus = folder;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        RunReport report;
        HeapWatch.start();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        // Progress goes to standard error so that standard output stays one line per article.
        ticker.scheduleAtFixedRate(
                () -> progress.current()
                        .ifPresent(snapshot -> spec.commandLine().getErr().println(snapshot.describe())),
                5,
                5,
                TimeUnit.SECONDS);
        try {
            report = runs.run(corpus, realignPending);
        } catch (RunInProgressException e) {
            spec.commandLine().getErr().println("run refused: " + e.getMessage());
            return 2;
        } catch (RemotePartitioning.NoWorkersException e) {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": " + e.getMessage());
            return 2;
        } catch (BeanCreationException e) {
            // Remote partitioning is set up on first use: on H2, for one, it cannot be.
            spec.commandLine().getErr().println(spec.qualifiedName() + ": " + RemotePartitioning.rootMessage(e));
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
        out.println("glossary: " + describeGlossary());
        out.println("time: " + times.describe());
        out.println("throughput: " + report.throughput());
        out.printf(
                "memory: peak heap %d MB; peak heap after GC %s%n",
                peakHeapBytes() / (1024 * 1024), HeapWatch.describe());
        out.printf("run %d %s: %s%n", report.executionId(), report.status().toLowerCase(), report.counts());
        out.flush();
        return report.succeeded() ? 0 : 1;
    }

    /** Which glossary the run used: its path and size, or none. */
    private String describeGlossary() {
        Path path = properties.glossaryPath();
        if (FrenchCheckConfiguration.isNone(path)) {
            return "none";
        }
        int leftOut = glossary.problems().size();
        return path.toAbsolutePath().normalize() + " (" + glossary.glossary().size() + " terms"
                + (leftOut == 0
                        ? ""
                        : "; left out: " + leftOut + (leftOut == 1 ? " bad row or file" : " bad rows or files")
                                + ", listed in the log")
                + ")";
    }

    /** The sum of the heap pools' peaks since the JVM started. */
    static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
