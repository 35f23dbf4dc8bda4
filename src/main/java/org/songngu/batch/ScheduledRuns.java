package org.songngu.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.songngu.system.SongnguProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Runs the job over the corpus on the cron of {@code songngu.schedule.cron} (every 30 minutes
 * unless set; empty for none), in the web application, after harvesting {@code songngu.harvest.in}
 * into the corpus when that is set. A tick skips with a log line when another run is in progress
 * or when nothing in the corpus is new, changed or waiting for alignment.
 */
@Component
@ConditionalOnWebApplication
class ScheduledRuns implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

    private final AlignmentRuns runs;
    private final CorpusChanges changes;
    private final SongnguProperties properties;
    private final CorpusHarvest harvest;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    ScheduledRuns(AlignmentRuns runs, CorpusChanges changes, SongnguProperties properties) {
        this(runs, changes, properties, null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    ScheduledRuns(AlignmentRuns runs, CorpusChanges changes, SongnguProperties properties, CorpusHarvest harvest) {
        this.harvest = harvest;
        this.runs = runs;
        this.changes = changes;
        this.properties = properties;
        scheduler.setThreadNamePrefix("songngu-schedule-");
        scheduler.setDaemon(true);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        // The default cron is SongnguProperties' (every 30 minutes): a condition on the property
        // itself would see it unset and schedule nothing.
        if (!properties.schedule().enabled()) {
            log.info("no scheduled runs: songngu.schedule.cron is empty");
            return;
        }
        scheduler.initialize();
        scheduler.schedule(this::tick, new CronTrigger(properties.schedule().cron()));
        log.info(
                "scheduled runs over {} on cron '{}'",
                properties.corpus(),
                properties.schedule().cron());
    }

    void tick() {
        try {
            if (harvest != null) {
                // The crawl first (songngu.harvest.in): its new article folders are this tick's news.
                try {
                    harvest.harvestIfChanged();
                } catch (RuntimeException e) {
                    // a crawl that cannot be read must not hold back the run over what the corpus has
                    log.error("scheduled harvest of the crawl failed: {}", e.getMessage());
                }
            }
            if (!changes.anythingToDo(properties.corpus())) {
                log.info("scheduled run skipped: nothing new in {}", properties.corpus());
                return;
            }
            RunReport report = runs.run(properties.corpus());
            log.info(
                    "scheduled run {} {}: {} processed, {} failed",
                    report.executionId(),
                    report.status(),
                    report.count(org.songngu.store.RunOutcome.PROCESSED),
                    report.count(org.songngu.store.RunOutcome.FAILED));
        } catch (RunInProgressException e) {
            log.info("scheduled run skipped: {}", e.getMessage());
        } catch (Exception e) {
            log.error("scheduled run over {} failed", properties.corpus(), e);
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }
}
