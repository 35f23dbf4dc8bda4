package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunProgressTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @ParameterizedTest(name = "{0}/{1} after {2} s")
    @CsvSource(
            delimiter = '|',
            value = {
                "0   | 1000 | 0   | 'align: 0/1000 articles, 0.0/s'",
                "100 | 1000 | 50  | 'align: 100/1000 articles, 2.0/s, about 8 min left'",
                "990 | 1000 | 99  | 'align: 990/1000 articles, 10.0/s, about 1 s left'",
                "1000| 1000 | 100 | 'align: 1000/1000 articles, 10.0/s, about 0 s left'",
            })
    void describesRateAndTimeLeft(int done, int total, long seconds, String expected) {
        RunProgress.Snapshot snapshot = new RunProgress.Snapshot("align", done, total, T0, T0.plusSeconds(seconds));

        assertThat(snapshot.describe()).isEqualTo(expected);
    }

    @Test
    void countsStoredArticlesUntilTheStepFinishes() {
        RunProgress progress = new RunProgress();
        progress.start("ingest", 10);
        progress.advance(3);
        progress.advance(2);

        assertThat(progress.current())
                .get()
                .extracting(RunProgress.Snapshot::done)
                .isEqualTo(5);

        progress.finish();
        assertThat(progress.current()).isEmpty();
    }
}
