package org.songngu.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.songngu.quality.FindingStore;
import org.songngu.quality.QualityFinding;
import org.songngu.system.SongnguProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The French findings of sentences checked before ({@code french_check_cache}, its owner), for
 * {@link org.songngu.quality.FrenchChecker}: the same sentence in 500 articles, or in the next
 * run, is checked by LanguageTool once. Bounded: beyond {@code songngu.quality.stored-sentences}
 * rows the oldest are deleted.
 *
 * <p>Reads and writes run in their own transactions: the job asks from inside its chunk's
 * transaction, which a duplicate key (two partitions storing the same new sentence) must not
 * abort, and a reviewer's edit must not wait for it.
 */
@Repository
public class StoredFrenchFindings implements FindingStore {

    private static final Logger log = LoggerFactory.getLogger(StoredFrenchFindings.class);
    private static final TypeReference<List<QualityFinding>> FINDINGS = new TypeReference<>() {};
    /** Keys per SELECT: well under every driver's limit of parameters. */
    private static final int KEYS_PER_QUERY = 500;
    /** The JSON of one sentence's findings at most (the column's size); longer is not stored. */
    static final int MAX_JSON = 60_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final JsonMapper json = JsonMapper.builder().build();
    private final long capacity;
    private final Clock clock;
    /** Rows stored since the size was last checked; the first save checks it. */
    private final AtomicLong sinceCheck = new AtomicLong(Long.MAX_VALUE / 2);

    @Autowired
    public StoredFrenchFindings(
            JdbcClient jdbc, PlatformTransactionManager transactions, SongnguProperties properties) {
        this(jdbc, transactions, properties.quality().storedSentences(), Clock.systemUTC());
    }

    StoredFrenchFindings(JdbcClient jdbc, PlatformTransactionManager transactions, long capacity, Clock clock) {
        if (capacity < 0) {
            throw new IllegalArgumentException("songngu.quality.stored-sentences cannot be negative, got " + capacity);
        }
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.capacity = capacity;
        this.clock = clock;
    }

    @Override
    public Map<String, List<QualityFinding>> find(Version version, Collection<String> keys) {
        Map<String, List<QualityFinding>> found = new HashMap<>();
        if (capacity == 0 || keys.isEmpty()) {
            return found;
        }
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            List<String> part = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
            ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                    SELECT sentence_hash, findings FROM french_check_cache
                    WHERE lt_version = :lt AND rule_set = :rules AND sentence_hash IN (:keys)""")
                    .param("lt", version.languageTool())
                    .param("rules", version.ruleSet())
                    .param("keys", part)
                    .query((rs, row) -> {
                        found.put(rs.getString(1).strip(), json.readValue(rs.getString(2), FINDINGS));
                        return null;
                    })
                    .list());
        }
        return found;
    }

    @Override
    public void save(Version version, Map<String, List<QualityFinding>> findings) {
        if (capacity == 0 || findings.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>();
        findings.forEach((key, list) -> {
            String text = json.writeValueAsString(list);
            if (text.length() <= MAX_JSON) {
                rows.add(new Object[] {key, version.languageTool(), version.ruleSet(), text, now});
            }
        });
        try {
            ownTransaction.executeWithoutResult(status -> rows.forEach(this::insertIfAbsent));
        } catch (DataIntegrityViolationException raced) {
            // Another partition stored one of these sentences meanwhile: store the others one by one.
            for (Object[] row : rows) {
                try {
                    ownTransaction.executeWithoutResult(status -> insertIfAbsent(row));
                } catch (DataIntegrityViolationException stored) {
                    // stored by the other: same sentence, same version, same findings
                }
            }
        }
        if (sinceCheck.addAndGet(rows.size()) >= Math.min(10_000, Math.max(1, capacity / 10))) {
            sinceCheck.set(0);
            ownTransaction.executeWithoutResult(status -> prune());
        }
    }

    private void insertIfAbsent(Object[] row) {
        jdbc.sql("""
                INSERT INTO french_check_cache (sentence_hash, lt_version, rule_set, findings, stored_at)
                SELECT ?, ?, ?, ?, ? FROM (VALUES (1)) AS one (x) WHERE NOT EXISTS (
                    SELECT 1 FROM french_check_cache WHERE sentence_hash = ? AND lt_version = ? AND rule_set = ?)""")
                .params(row[0], row[1], row[2], row[3], row[4], row[0], row[1], row[2])
                .update();
    }

    /** Deletes the oldest rows beyond the capacity. */
    int prune() {
        long size = jdbc.sql("SELECT COUNT(*) FROM french_check_cache")
                .query(Long.class)
                .single();
        if (size <= capacity) {
            return 0;
        }
        // The stored_at of the newest row that goes; every row as old or older goes with it.
        Timestamp cut = jdbc.sql("SELECT stored_at FROM french_check_cache ORDER BY stored_at DESC OFFSET ? ROWS "
                        + "FETCH FIRST 1 ROWS ONLY")
                .param(capacity)
                .query(Timestamp.class)
                .single();
        int deleted = jdbc.sql("DELETE FROM french_check_cache WHERE stored_at <= ?")
                .param(cut)
                .update();
        log.info(
                "french_check_cache: deleted {} oldest of {} stored sentences (songngu.quality.stored-sentences = {})",
                deleted,
                size,
                capacity);
        return deleted;
    }

    /** How many sentences are stored (all versions). */
    long size() {
        return jdbc.sql("SELECT COUNT(*) FROM french_check_cache")
                .query(Long.class)
                .single();
    }
}
