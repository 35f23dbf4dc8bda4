package org.songngu.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.songngu.align.CorpusLexicon;
import org.songngu.corpus.LanguagePair;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The aligner's model in the database ({@code align_model}, {@code align_model_link}): its versions,
 * the training material it learns from (the stored one-to-one beads), and the lexicons of the
 * current version. Owner of those two tables and of {@code article.model_version}'s meaning.
 */
@Repository
public class AlignmentModelStore {

    /** Longest word a link keeps (the column's size); longer "words" are scraping debris. */
    public static final int MAX_WORD = 100;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public AlignmentModelStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A stored version: when it was learned, from how much material, with how many links. */
    public record Version(int version, long material, long trainingPairs, long links) {}

    /** Receives one training pair; returns false to stop the reading. */
    @FunctionalInterface
    public interface TrainingPairs {
        boolean accept(String source, String target, boolean reviewed);
    }

    /** The current (newest) version, if a model was ever learned. */
    public Optional<Version> current() {
        return jdbc.sql("""
                SELECT version, material, training_pairs, links FROM align_model
                ORDER BY version DESC FETCH FIRST 1 ROWS ONLY""")
                .query((rs, row) -> new Version(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .optional();
    }

    /** The lexicons of a version by pair; a pair without links is absent. */
    public Map<LanguagePair, CorpusLexicon> lexicons(int version) {
        Map<LanguagePair, List<Map.Entry<String, String>>> links = new LinkedHashMap<>();
        template.query(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(
                            "SELECT lang_pair, source_word, target_word FROM align_model_link WHERE version = ?");
                    statement.setInt(1, version);
                    statement.setFetchSize(10_000);
                    return statement;
                },
                (ResultSet rs) -> {
                    links.computeIfAbsent(LanguagePair.fromCode(rs.getString(1)), k -> new ArrayList<>())
                            .add(new AbstractMap.SimpleImmutableEntry<>(rs.getString(2), rs.getString(3)));
                });
        Map<LanguagePair, CorpusLexicon> lexicons = new LinkedHashMap<>();
        // links are given back in a canonical order, so that a lexicon read back does not depend on
        // the order the database returns rows in
        links.forEach((pair, list) -> {
            list.sort(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
            lexicons.put(pair, CorpusLexicon.of(list));
        });
        return lexicons;
    }

    /**
     * How much training material the store holds: one-to-one beads a reviewer approved (an imported
     * memory's included) or the aligner was sure of ({@code minConfidence}), rejected ones never.
     */
    public long material(double minConfidence) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM bead WHERE src_end - src_start = 1 AND tgt_end - tgt_start = 1
                AND (status = 'APPROVED' OR (status = 'PENDING' AND confidence >= ?))\
                """).param(minConfidence).query(Long.class).single();
    }

    /**
     * Streams the training pairs of a language pair, reviewed ones first, then the aligner's by
     * falling confidence (ties in article and bead order): when the learner's budget runs out, it
     * has kept the most trustworthy material, and the same store always gives the same pairs.
     */
    public void trainingPairs(LanguagePair pair, double minConfidence, TrainingPairs consumer) {
        template.query(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement("""
                    SELECT src_text, tgt_text, status FROM bead
                    WHERE lang_pair = ? AND src_end - src_start = 1 AND tgt_end - tgt_start = 1
                    AND (status = 'APPROVED' OR (status = 'PENDING' AND confidence >= ?))
                    ORDER BY CASE WHEN status = 'APPROVED' THEN 0 ELSE 1 END, confidence DESC, article_id, idx""");
                    statement.setString(1, pair.code());
                    statement.setDouble(2, minConfidence);
                    // streamed, not loaded: PostgreSQL uses a cursor for a fetch size inside a transaction
                    statement.setFetchSize(1_000);
                    return statement;
                },
                (ResultSet rs) -> {
                    while (rs.next()) {
                        if (!consumer.accept(rs.getString(1), rs.getString(2), "APPROVED".equals(rs.getString(3)))) {
                            return null;
                        }
                    }
                    return null;
                });
    }

    /**
     * Stores a new version with its lexicons and drops the links of older versions (their
     * metadata stays: articles name the version that aligned them).
     *
     * @return the new version number
     */
    @Transactional
    public int save(long material, long trainingPairs, Map<LanguagePair, CorpusLexicon> lexicons) {
        int version = current().map(Version::version).orElse(0) + 1;
        long links = lexicons.values().stream().mapToLong(CorpusLexicon::size).sum();
        jdbc.sql("INSERT INTO align_model (version, created_at, material, training_pairs, links) VALUES (?, "
                        + "?, ?, ?, ?)")
                .params(version, Timestamp.from(Instant.now()), material, trainingPairs, links)
                .update();
        jdbc.sql("DELETE FROM align_model_link WHERE version < ?")
                .param(version)
                .update();
        for (Map.Entry<LanguagePair, CorpusLexicon> pair : lexicons.entrySet()) {
            List<String[]> rows = new ArrayList<>();
            pair.getValue().forEachLink((source, target) -> {
                if (source.length() <= MAX_WORD && target.length() <= MAX_WORD) {
                    rows.add(new String[] {source, target});
                }
            });
            template.batchUpdate(
                    "INSERT INTO align_model_link (version, lang_pair, source_word, target_word) VALUES (?, ?, ?, ?)",
                    rows,
                    1_000,
                    (statement, row) -> {
                        statement.setInt(1, version);
                        statement.setString(2, pair.getKey().code());
                        statement.setString(3, row[0]);
                        statement.setString(4, row[1]);
                    });
        }
        return version;
    }
}
