package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.songngu.store.RunArticleRow;
import org.songngu.store.RunOutcome;

/** The counts line of a run's summary, redone articles included (issue 25). */
class RunReportTest {

    @Test
    void theCountsSayHowManyProcessedArticlesWereRedone() {
        RunReport report = new RunReport(
                4,
                "COMPLETED",
                List.of(
                        new RunArticleRow("a", RunOutcome.PROCESSED, "redone: ...", true),
                        new RunArticleRow("b", RunOutcome.PROCESSED, null),
                        new RunArticleRow("c", RunOutcome.PROCESSED, "redone: ...", true),
                        new RunArticleRow("d", RunOutcome.UNCHANGED, null),
                        new RunArticleRow("e", RunOutcome.FAILED, "fr.txt: empty")),
                List.of(),
                Duration.ofSeconds(1),
                10);

        assertThat(report.redone()).isEqualTo(2);
        assertThat(report.counts()).isEqualTo("3 processed (2 redone after a pipeline change), 1 unchanged, 1 failed");
    }

    @Test
    void aRunThatRedidNothingSaysNothingOfIt() {
        RunReport report = new RunReport(
                5,
                "COMPLETED",
                List.of(new RunArticleRow("b", RunOutcome.PROCESSED, null)),
                List.of(),
                Duration.ofSeconds(1),
                10);

        assertThat(report.redone()).isZero();
        assertThat(report.counts()).isEqualTo("1 processed, 0 unchanged, 0 failed");
    }
}
