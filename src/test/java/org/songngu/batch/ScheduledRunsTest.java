package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.store.RunLock;
import org.songngu.system.SongnguProperties;
import org.songngu.system.SongnguPropertiesBindingTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** A scheduled tick runs only when there is something to do and no other run holds the lock. */
@SpringBootTest
@ActiveProfiles("test")
class ScheduledRunsTest {

    @Autowired
    AlignmentRuns runs;

    @Autowired
    CorpusChanges changes;

    @Autowired
    RunLock lock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.songngu.store.AlignmentModelStore modelStore;

    @TempDir
    Path corpus;

    @Test
    void ticksRunOnlyWhenTheCorpusHasNews() throws IOException {
        ScheduledRuns scheduled = new ScheduledRuns(
                runs,
                changes,
                new SongnguProperties(
                        corpus,
                        "glossary",
                        false,
                        5,
                        0,
                        new SongnguProperties.Schedule("0 0 * * * *"),
                        new SongnguProperties.Tmx("fr", "vi", "en"),
                        new SongnguProperties.Quality(null, null, null, -1, 0, 0, true),
                        SongnguPropertiesBindingTest.NO_ALIGNER_OVERRIDE,
                        SongnguPropertiesBindingTest.NO_INGEST_OVERRIDE,
                        new SongnguProperties.Search("", java.time.Duration.ZERO)));
        write(
                "schedule-a/fr.txt",
                "Le Conseil populaire provincial a adopté douze résolutions lors de sa session de décembre 2023.");
        // Written long ago: a folder modified a moment before a run gets no stamp, and the next tick reads it again.
        age();

        long before = executions();
        scheduled.tick();
        assertThat(executions()).isEqualTo(before + 1);
        assertThat(status("schedule-a")).isEqualTo("ALIGNED");

        scheduled.tick();
        assertThat(executions()).as("nothing new: no run").isEqualTo(before + 1);

        write(
                "schedule-a/fr.txt",
                "Le Conseil populaire provincial a adopté quatorze résolutions lors de sa session de décembre 2023.");
        String token = lock.tryAcquire().orElseThrow();
        try {
            scheduled.tick();
            assertThat(executions()).as("another run holds the lock: skipped").isEqualTo(before + 1);
        } finally {
            lock.release(token);
        }

        scheduled.tick();
        assertThat(executions()).isEqualTo(before + 2);
        assertThat(jdbc.sql("SELECT content FROM sentence WHERE article_id = 'schedule-a'")
                        .query(String.class)
                        .single())
                .contains("quatorze");
    }

    private void age() throws IOException {
        try (var paths = Files.walk(corpus)) {
            for (Path path : paths.toList()) {
                Files.setLastModifiedTime(
                        path, java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2024-01-01T00:00:00Z")));
            }
        }
    }

    @Test
    void aTickHarvestsTheCrawlFirstThenRunsOverWhatItWrote() throws IOException {
        Path crawl = corpus.resolveSibling(corpus.getFileName() + "-crawl").resolve("site.example.vn");
        Files.createDirectories(crawl.resolve("fr"));
        for (String lang : java.util.List.of("fr", "vi")) {
            String text = String.join(
                    "</p><p>", Files.readAllLines(Path.of("corpus/thai-binh-dan-chu-co-so/" + lang + ".txt")));
            Files.writeString(
                    crawl.resolve((lang.equals("fr") ? "fr/" : "") + "dan-chu.html"),
                    "<html><body><article><p>" + text + "</p></article></body></html>");
        }
        SongnguProperties properties = new SongnguProperties(
                corpus,
                "glossary",
                false,
                5,
                0,
                new SongnguProperties.Schedule("0 0 * * * *"),
                new SongnguProperties.Tmx("fr", "vi", "en"),
                new SongnguProperties.Quality(null, null, null, -1, 0, 0, true),
                SongnguPropertiesBindingTest.NO_ALIGNER_OVERRIDE,
                SongnguPropertiesBindingTest.NO_INGEST_OVERRIDE,
                new SongnguProperties.Search("", java.time.Duration.ZERO));
        CorpusHarvest harvest = new CorpusHarvest(
                new HarvestProperties(crawl.getParent(), 0.75, 0.35),
                properties,
                org.songngu.glossary.Glossary.empty(),
                new StoredLexicon(modelStore));
        ScheduledRuns scheduled = new ScheduledRuns(runs, changes, properties, harvest);

        long before = executions();
        scheduled.tick();
        assertThat(executions()).isEqualTo(before + 1);
        assertThat(status("dan-chu")).isEqualTo("ALIGNED");
        assertThat(harvest.harvestIfChanged())
                .as("nothing new in the crawl: no harvest")
                .isFalse();
    }

    private long executions() {
        return jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")
                .query(Long.class)
                .single();
    }

    private String status(String article) {
        return jdbc.sql("SELECT status FROM article WHERE id = ?")
                .param(article)
                .query(String.class)
                .single();
    }

    private void write(String name, String content) throws IOException {
        Path file = corpus.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
