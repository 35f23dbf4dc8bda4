package org.songngu.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BandBudgetTest {

    @Test
    void searchesThatFitTogetherRunTogether() {
        BandBudget budget = new BandBudget(1_024_000);
        try (BandBudget.Lease a = budget.take(409_600);
                BandBudget.Lease b = budget.take(512_000)) {
            assertThat(budget.available()).isEqualTo(102_400);
        }
        assertThat(budget.available()).isEqualTo(1_024_000);
    }

    @Test
    void aSearchWaitsUntilItsCellsAreGivenBack() throws Exception {
        BandBudget budget = new BandBudget(1_024_000);
        BandBudget.Lease first = budget.take(768_000);
        AtomicBoolean secondRan = new AtomicBoolean();
        CountDownLatch secondTook = new CountDownLatch(1);
        Thread second = new Thread(() -> {
            try (BandBudget.Lease lease = budget.take(768_000)) {
                secondRan.set(true);
                secondTook.countDown();
            }
        });
        second.start();
        awaitBlocked(second);
        assertThat(secondRan).isFalse();
        first.close();
        assertThat(secondTook.await(30, TimeUnit.SECONDS)).isTrue();
        second.join();
        assertThat(budget.available()).isEqualTo(1_024_000);
    }

    @Test
    void aSearchLargerThanTheBudgetRunsAlone() throws Exception {
        BandBudget budget = new BandBudget(1_024_000);
        try (BandBudget.Lease huge = budget.take(5_120_000)) {
            assertThat(budget.available()).isZero();
        }
        assertThat(budget.available()).isEqualTo(1_024_000);
    }

    @Test
    void theSharedBudgetIsOneLargestBand() {
        assertThat(BandBudget.SHARED.available()).isEqualTo(Aligner.MAX_TABLE_BYTES);
        assertThatThrownBy(() -> new BandBudget(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BandBudget(1L << 62)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Waits (without a time limit that a loaded machine could miss) until the thread is parked. */
    private static void awaitBlocked(Thread thread) throws InterruptedException {
        while (thread.getState() != Thread.State.WAITING) {
            assertThat(thread.isAlive())
                    .as("the second search ended without waiting")
                    .isTrue();
            Thread.sleep(5);
        }
    }
}
