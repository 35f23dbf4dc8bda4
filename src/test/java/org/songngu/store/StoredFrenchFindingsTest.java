package org.songngu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.songngu.quality.FindingStore;
import org.songngu.quality.QualityFinding;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@ActiveProfiles("test")
class StoredFrenchFindingsTest {

    private static final FindingStore.Version VERSION = new FindingStore.Version("6.6", "rules-a");
    private static final QualityFinding FINDING = new QualityFinding(
            0, "D_N", "AGREEMENT", "Accord « des pommes ».", 11, 20, List.of("des pommes", "de pommes"));

    @Autowired
    StoredFrenchFindings store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    @AfterEach
    void cleanUp() {
        // The job's tests in the same context store their sentences too; this table is a cache.
        jdbc.sql("DELETE FROM french_check_cache").update();
    }

    @Test
    void givesBackWhatItStoredUnderTheSameVersionOnly() {
        store.save(VERSION, Map.of("a".repeat(64), List.of(FINDING), "b".repeat(64), List.of()));

        assertThat(store.find(VERSION, List.of("a".repeat(64), "b".repeat(64), "c".repeat(64))))
                .containsOnly(Map.entry("a".repeat(64), List.of(FINDING)), Map.entry("b".repeat(64), List.of()));
        assertThat(store.find(new FindingStore.Version("6.6", "rules-b"), List.of("a".repeat(64))))
                .isEmpty();
        assertThat(store.find(new FindingStore.Version("6.7", "rules-a"), List.of("a".repeat(64))))
                .isEmpty();
    }

    @Test
    void aSentenceStoredTwiceKeepsOneRowAndItsFirstFindings() {
        store.save(VERSION, Map.of("a".repeat(64), List.of(FINDING)));
        store.save(VERSION, Map.of("a".repeat(64), List.of(), "d".repeat(64), List.of()));

        assertThat(store.find(VERSION, List.of("a".repeat(64), "d".repeat(64))))
                .containsEntry("a".repeat(64), List.of(FINDING))
                .containsKey("d".repeat(64));
        assertThat(store.size()).isEqualTo(2);
    }

    @Test
    void insideAFailingTransactionWhatIsStoredStays() {
        // The job stores from inside its chunk's transaction: a rollback of the chunk keeps the findings.
        TransactionTemplate chunk = new TransactionTemplate(transactions);
        try {
            chunk.executeWithoutResult(status -> {
                store.save(VERSION, Map.of("e".repeat(64), List.of(FINDING)));
                throw new IllegalStateException("the chunk fails");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }

        assertThat(store.find(VERSION, List.of("e".repeat(64)))).containsKey("e".repeat(64));
    }

    @Test
    void keepsAtMostItsCapacityDroppingTheOldestFirst() {
        MutableClock clock = new MutableClock();
        StoredFrenchFindings small = new StoredFrenchFindings(jdbc, transactions, 2, clock);
        for (String key : List.of("1", "2", "3", "4")) {
            small.save(VERSION, Map.of(key.repeat(64), List.of()));
            clock.now = clock.now.plusSeconds(1);
        }
        small.prune();

        assertThat(small.size()).isEqualTo(2);
        assertThat(small.find(VERSION, List.of("1".repeat(64), "2".repeat(64), "3".repeat(64), "4".repeat(64)))
                        .keySet())
                .isEqualTo(Set.of("3".repeat(64), "4".repeat(64)));
    }

    @Test
    void aCapacityOfZeroStoresNothing() {
        StoredFrenchFindings none = new StoredFrenchFindings(jdbc, transactions, 0, Clock.systemUTC());
        none.save(VERSION, Map.of("f".repeat(64), List.of()));

        assertThat(none.find(VERSION, List.of("f".repeat(64)))).isEmpty();
        assertThat(none.size()).isZero();
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
