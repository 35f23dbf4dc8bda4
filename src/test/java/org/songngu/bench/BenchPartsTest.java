package org.songngu.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.songngu.bench.Ledger.Answer;

/** The benchmark's latency percentiles, answer classification, settings and ledger. */
class BenchPartsTest {

    @Test
    void percentilesAreNearestRankOverAllRecorders() {
        Latencies first = new Latencies(100);
        Latencies second = new Latencies(100);
        for (int i = 1; i <= 100; i++) {
            (i % 2 == 0 ? first : second).record(i * 1_000_000L);
        }

        Latencies.Sorted sorted = Latencies.merge(List.of(first, second));

        assertThat(sorted.count()).isEqualTo(100);
        assertThat(sorted.percentile(50)).isEqualTo(50_000_000L);
        assertThat(sorted.percentile(99)).isEqualTo(99_000_000L);
        assertThat(sorted.percentile(99.5)).isEqualTo(100_000_000L);
        assertThat(sorted.max()).isEqualTo(100_000_000L);
        assertThat(sorted.summary()).isEqualTo("p50 50.0 ms, p95 95.0 ms, p99 99.0 ms, max 100.0 ms");
    }

    @Test
    void aFullRecorderRefusesAndKeepsItsCount() {
        Latencies latencies = new Latencies(2);

        assertThat(latencies.record(5)).isTrue();
        assertThat(latencies.record(6)).isTrue();
        assertThat(latencies.record(7)).isFalse();
        assertThat(latencies.count()).isEqualTo(2);
        assertThatThrownBy(() -> latencies.record(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Latencies.merge(List.of()).percentile(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Latencies.merge(List.of()).percentile(99)).isZero();
    }

    @ParameterizedTest
    @CsvSource({
        "200, false, '{}', OK",
        "409, false, '{}', CONFLICT",
        "422, true, '{}', NOT_POSSIBLE",
        "422, false, '{}', ERROR",
        "404, true, '{\"detail\":\"There is no bead 7: it may have been merged\"}', GONE",
        "404, false, '{\"detail\":\"No static resource\"}', ERROR",
        "400, false, '{}', ERROR",
        "500, true, '{}', ERROR",
        "-1, false, 'HttpTimeoutException: request timed out', ERROR",
    })
    void answersAreClassified(int status, boolean structural, String body, Answer expected) {
        assertThat(Reviewer.answer(new ReviewApi.Response(status, body, 1), structural))
                .isEqualTo(expected);
    }

    @Test
    void settingsTakeNamedValuesAndRefuseTyposAndNonsense() {
        ReviewLoadBenchmark.Settings settings = ReviewLoadBenchmark.Settings.parse("seconds=5", "auth=session");

        assertThat(settings)
                .isEqualTo(new ReviewLoadBenchmark.Settings(
                        5, 10, 10, 2_000_000, "thai-binh-dan-van", "fr-vi", "session"));
        assertThatThrownBy(() -> ReviewLoadBenchmark.Settings.parse("secs=5"))
                .hasMessageContaining("unknown argument secs=5");
        assertThatThrownBy(() -> ReviewLoadBenchmark.Settings.parse("reviewers=0"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReviewLoadBenchmark.Settings.parse("pair=vi-fr"))
                .hasMessageContaining("fr-vi or fr-en");
        assertThatThrownBy(() -> ReviewLoadBenchmark.Settings.parse("auth=token"))
                .hasMessageContaining("basic or session");
    }

    @Test
    void theClientRefusesAnythingButLoopback() {
        assertThatThrownBy(() -> ReviewApi.basic(URI.create("http://example.org/"), "u", "p", Duration.ofSeconds(1)))
                .hasMessageContaining("only talks to loopback");
    }

    @Test
    void theLedgerKeepsRefusedAndUncertainMarkersApart() {
        Ledger ledger = new Ledger();

        ledger.refused(Answer.CONFLICT, 1, "[a]");
        ledger.refused(Answer.GONE, 2, null);
        ledger.error("timeout", "[b]");

        assertThat(ledger.refusedMarkers()).containsExactly("[a]");
        assertThat(ledger.uncertainMarkers()).containsExactly("[b]");
        assertThat(ledger.goneBeads()).containsExactly(2L);
        assertThat(ledger.errorSamples()).containsExactly("timeout");
        assertThatThrownBy(() -> ledger.refused(Answer.OK, 1, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
