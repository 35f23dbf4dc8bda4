package org.songngu.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.songngu.system.SongnguProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Runs the job over the configured corpus when the web application starts, on a thread of
 * {@link AlignmentRuns#inBackground the runs' pool} so that the page is served while it runs and
 * stopping the application stops it.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "songngu.run-on-startup", havingValue = "true", matchIfMissing = true)
class StartupRun implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupRun.class);

    private final AlignmentRuns runs;
    private final SongnguProperties properties;

    StartupRun(AlignmentRuns runs, SongnguProperties properties) {
        this.runs = runs;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        runs.inBackground(() -> {
            runOnce();
            return null;
        });
    }

    private void runOnce() {
        if (!java.nio.file.Files.isDirectory(properties.corpus())) {
            // Serving without a corpus is fine (the memory is in the database); one line says why no run.
            log.warn(
                    "no start-up run: corpus folder {} does not exist (set songngu.corpus to the folder that holds"
                            + " one subfolder per article)",
                    properties.corpus().toAbsolutePath().normalize());
            return;
        }
        try {
            RunReport report = runs.run(properties.corpus());
            report.articles()
                    .forEach(article -> log.info(
                            "{} {}{}",
                            article.outcome().label(),
                            article.articleId(),
                            article.message() == null ? "" : ": " + article.message()));
            report.errors().forEach(error -> log.error("run {} failed: {}", report.executionId(), error));
            log.info("start-up run {} {}", report.executionId(), report.status());
        } catch (Exception e) {
            log.error("start-up run over {} could not start", properties.corpus(), e);
        }
    }
}
