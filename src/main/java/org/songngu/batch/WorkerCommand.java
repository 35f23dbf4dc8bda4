package org.songngu.batch;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.songngu.store.RemoteWorkers;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code worker}: joins the pool of worker processes and executes the ingest and align steps' partitions of
 * remote runs ({@code run --remote}) until stopped. It needs the database only (PostgreSQL, the
 * {@code postgres} profile), never the corpus folder nor the glossary: the manager stages what it
 * read there, and the glossary it runs with.
 * SIGTERM or Ctrl-C: each busy thread finishes its current chunk and gives its partition back.
 */
@Component
@Command(
        name = "worker",
        mixinStandardHelpOptions = true,
        description = {
            "Execute partitions of remote runs (run --remote) until stopped.",
            "Needs the postgres profile and the run's database, not the corpus folder",
            "nor the glossary (each run's manager stages its own);",
            "SIGTERM or Ctrl-C: finishes the current chunk, gives the rest back, leaves."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:left when stopped (143 when stopped by SIGTERM)",
            "2:bad options, or the application could not start (no PostgreSQL)"
        })
public class WorkerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final ObjectProvider<WorkerPool> pools;
    private final BeanFactory beans;

    /** The pool exists only with {@code songngu.workers=remote}, which the command line sets for this command. */
    public WorkerCommand(ObjectProvider<WorkerPool> pools, BeanFactory beans) {
        this.pools = pools;
        this.beans = beans;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        WorkerPool pool;
        try {
            pool = pools.getObject();
        } catch (BeansException e) {
            err.println(spec.qualifiedName() + ": " + RemotePartitioning.rootMessage(e));
            return 2;
        }
        // Built now (the command's application builds beans lazily): building the step registers
        // the flow that hands it the requests (either step's flow executes either step's requests).
        beans.getBean("ingestWorkerStep", Step.class);
        beans.getBean("alignWorkerStep", Step.class);
        HeapWatch.start();
        // Said as the worker leaves, even on SIGTERM (the JVM stops once the application has closed).
        pool.onLeaving(executed -> {
            err.printf(
                    "worker %s left: %d partitions executed; memory: peak heap %d MB; peak heap after GC %s%n",
                    pool.id(), executed, RunCommand.peakHeapBytes() / (1024 * 1024), HeapWatch.describe());
            err.flush();
        });
        RemoteWorkers.Worker self = pool.join();
        err.println("worker " + self.id() + " (process " + self.pid() + " on " + self.host() + ") joined with "
                + self.threads() + (self.threads() == 1 ? " thread" : " threads") + "; stop it with Ctrl-C or SIGTERM");
        err.flush();
        pool.awaitLeaving();
        return 0;
    }
}
