package org.songngu.batch;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.songngu.store.RemoteWorkers;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code worker}: joins the pool of worker processes and executes the ingest step's partitions of
 * remote runs ({@code run --remote}) until stopped. It needs the database only (PostgreSQL, the
 * {@code postgres} profile), never the corpus folder: the manager stages what it read there.
 * SIGTERM or Ctrl-C: each busy thread finishes its current chunk and gives its partition back.
 */
@Component
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Execute partitions of remote runs (run --remote) until stopped.",
            "Needs the postgres profile and the run's database, not the corpus folder;",
            "SIGTERM or Ctrl-C: finishes the current chunk, gives the rest back, leaves."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:left when stopped (143 when stopped by SIGTERM)",
            "2:bad options, or the application could not start (no PostgreSQL)"})
public class WorkerCommand implements Callable<Integer> {

    private final WorkerPool pool;

    @Spec
    CommandSpec spec;

    /**
     * @param ingestWorkerStep the step partitions run; built here (the command's application builds
     *                         beans lazily) because building it registers the flow that runs it
     */
    public WorkerCommand(WorkerPool pool, @Qualifier("ingestWorkerStep") Step ingestWorkerStep) {
        this.pool = pool;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        RemoteWorkers.Worker self = pool.start();
        err.println("worker " + self.id() + " (process " + self.pid() + " on " + self.host() + ") joined with "
                + self.threads() + (self.threads() == 1 ? " thread" : " threads") + "; stop it with Ctrl-C or SIGTERM");
        err.flush();
        pool.awaitLeaving();
        err.println("worker " + self.id() + " left");
        err.flush();
        return 0;
    }
}
