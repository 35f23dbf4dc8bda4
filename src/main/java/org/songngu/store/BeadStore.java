package org.songngu.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.songngu.align.BeadText;
import org.songngu.api.Page;
import org.songngu.api.PageRequest;
import org.songngu.corpus.Language;
import org.songngu.corpus.LanguagePair;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The one repository of the {@code bead} table (and of {@code retired_bead}, the reviews kept while
 * an article's text is replaced), for the job ({@link ArticleStore}), the reviewers' actions and
 * the TMX import ({@link TmxImport}).
 *
 * <p>Both paths change an article's beads only while holding {@link #lockArticle the article's lock}:
 * a new alignment never meets a merge, split or shift renumbering the same pair, and a reviewer's
 * action never meets the job replacing the pair under it. Reviewer writes are also guarded by the
 * version the reviewer saw (optimistic locking: a write that finds another version changes nothing
 * and returns false).
 */
@Repository
public class BeadStore {

    private static final String COLUMNS = "id, article_id, lang_pair, idx, src_start, src_end, tgt_start, tgt_end,"
            + " src_text, tgt_text, confidence, status, version, updated_at, updated_by, note, src_edited, tgt_edited";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    BeadStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Takes the article's row lock ({@code SELECT ... FOR UPDATE}) for the rest of the caller's
     * transaction, which must be open: the one lock the job and the reviewers take before changing
     * an article's beads, so that their changes to one article run one after another. Returns
     * whether the article exists.
     */
    public boolean lockArticle(String articleId) {
        return jdbc.sql("SELECT id FROM article WHERE id = ? FOR UPDATE")
                .param(articleId)
                .query(String.class)
                .optional()
                .isPresent();
    }

    /** The bead with this id, if it still exists. */
    public Optional<Bead> bead(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bead WHERE id = ?")
                .param(id)
                .query(BeadStore::bead)
                .optional();
    }

    /** These beads (those that still exist), by pair and index. */
    public List<Bead> beads(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM bead WHERE id IN ("
                        + String.join(", ", Collections.nCopies(ids.size(), "?")) + ") ORDER BY lang_pair, idx")
                .params(List.copyOf(ids))
                .query(BeadStore::bead)
                .list();
    }

    /** A pair's beads in index order. */
    public List<Bead> beads(String articleId, LanguagePair pair) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bead WHERE article_id = ? AND lang_pair = ? ORDER BY idx")
                .params(articleId, pair.code())
                .query(BeadStore::bead)
                .list();
    }

    /** A page of a pair's beads in index order, with the pair's bead count. */
    public Page<Bead> beads(String articleId, LanguagePair pair, PageRequest page) {
        long total = jdbc.sql("SELECT COUNT(*) FROM bead WHERE article_id = ? AND lang_pair = ?")
                .params(articleId, pair.code())
                .query(Long.class)
                .single();
        List<Bead> beads = jdbc.sql("SELECT " + COLUMNS + " FROM bead WHERE article_id = ? AND lang_pair = ?"
                        + " ORDER BY idx LIMIT ? OFFSET ?")
                .params(articleId, pair.code(), page.size(), page.offset())
                .query(BeadStore::bead)
                .list();
        return Page.of(beads, page, total, true);
    }

    /** An article's sentences in one language, in document order. */
    public List<String> sentences(String articleId, Language language) {
        return jdbc.sql("SELECT content FROM sentence WHERE article_id = ? AND lang = ? ORDER BY idx")
                .params(articleId, language.code())
                .query(String.class)
                .list();
    }

    /** Writes {@code bead}'s ranges, texts, confidence and status if its stored version is still {@code expected}. */
    public boolean update(Bead bead, int expected, String user) {
        return jdbc.sql("""
                UPDATE bead SET src_start = ?, src_end = ?, tgt_start = ?, tgt_end = ?, src_text = ?, tgt_text = ?,
                       confidence = ?, status = ?, note = ?, src_edited = ?, tgt_edited = ?, version = version + 1,
                       updated_at = ?, updated_by = ?
                WHERE id = ? AND version = ?""")
                        .params(
                                bead.srcStart(),
                                bead.srcEnd(),
                                bead.tgtStart(),
                                bead.tgtEnd(),
                                bead.srcText(),
                                bead.tgtText(),
                                bead.confidence(),
                                bead.status().name(),
                                bead.note(),
                                bead.srcEdited(),
                                bead.tgtEdited(),
                                now(),
                                user,
                                bead.id(),
                                expected)
                        .update()
                == 1;
    }

    /** Deletes a bead if its stored version is still {@code expected}. */
    public boolean delete(long id, int expected) {
        return jdbc.sql("DELETE FROM bead WHERE id = ? AND version = ?")
                        .params(id, expected)
                        .update()
                == 1;
    }

    /**
     * Inserts a bead at a temporary negative index ({@link #renumber} gives it its place); with the
     * id it had when it is restored by an undo, a fresh one otherwise.
     */
    public long insert(Bead bead, int temporaryIndex, String user) {
        if (bead.id() != null) {
            jdbc.sql("""
                    INSERT INTO bead (id, article_id, lang_pair, idx, src_start, src_end, tgt_start, tgt_end,
                                      src_text, tgt_text, confidence, status, version, updated_at, updated_by, note,
                                      src_edited, tgt_edited)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            bead.id(),
                            bead.articleId(),
                            bead.pair().code(),
                            temporaryIndex,
                            bead.srcStart(),
                            bead.srcEnd(),
                            bead.tgtStart(),
                            bead.tgtEnd(),
                            bead.srcText(),
                            bead.tgtText(),
                            bead.confidence(),
                            bead.status().name(),
                            bead.version() + 1,
                            now(),
                            user,
                            bead.note(),
                            bead.srcEdited(),
                            bead.tgtEdited())
                    .update();
            return bead.id();
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO bead (article_id, lang_pair, idx, src_start, src_end, tgt_start, tgt_end,
                                  src_text, tgt_text, confidence, status, version, updated_at, updated_by, note,
                                  src_edited, tgt_edited)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)""")
                .params(
                        bead.articleId(),
                        bead.pair().code(),
                        temporaryIndex,
                        bead.srcStart(),
                        bead.srcEnd(),
                        bead.tgtStart(),
                        bead.tgtEnd(),
                        bead.srcText(),
                        bead.tgtText(),
                        bead.confidence(),
                        bead.status().name(),
                        now(),
                        user,
                        bead.note(),
                        bead.srcEdited(),
                        bead.tgtEdited())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Gives a pair's beads the indices 0, 1, 2... in document order. Beads cover the sentences in
     * order and each holds at least one, so {@code src_start + tgt_start} grows strictly along the
     * document. Moved rows pass through negative indices so that the unique index never clashes.
     * Returns the ids of the beads whose index changed.
     */
    public List<Long> renumber(String articleId, LanguagePair pair) {
        List<long[]> rows = jdbc.sql("""
                SELECT id, idx FROM bead WHERE article_id = ? AND lang_pair = ? ORDER BY src_start + tgt_start""")
                .params(articleId, pair.code())
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i)[1] != i) {
                jdbc.sql("UPDATE bead SET idx = ? WHERE id = ?")
                        .params(-1_000_000 - i, rows.get(i)[0])
                        .update();
            }
        }
        List<Long> moved = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i)[1] != i) {
                jdbc.sql("UPDATE bead SET idx = ? WHERE id = ?")
                        .params(i, rows.get(i)[0])
                        .update();
                moved.add(rows.get(i)[0]);
            }
        }
        return moved;
    }

    /**
     * Whether a reviewer touched any of the article's beads (a status other than pending, a version
     * past the job's, a reviewer's name): the job does not align such an article again.
     */
    public boolean anyReviewed(String articleId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM bead WHERE article_id = ?
                AND (status <> 'PENDING' OR version > 0 OR updated_by IS NOT NULL)\
                """).param(articleId).query(Long.class).single() > 0;
    }

    /**
     * Keeps the beads a reviewer worked on (a status other than pending, a text edited by hand, a note) before
     * the article's text is replaced, keyed by the sentences they covered ({@code sentences}: the
     * article's sentences by language as stored), so that the new alignment can take the review back
     * where the sentences are unchanged; then deletes every bead of the article.
     */
    void retireReviewed(String articleId, Map<String, List<String>> sentences, Timestamp now) {
        List<Map<String, Object>> beads = jdbc.sql("""
                SELECT lang_pair, src_start, src_end, tgt_start, tgt_end, src_text, tgt_text, status, confidence,
                       updated_at, updated_by, note, src_edited, tgt_edited
                FROM bead WHERE article_id = ? ORDER BY lang_pair, idx""").param(articleId).query().listOfRows();
        for (Map<String, Object> bead : beads) {
            boolean srcEdited = Boolean.TRUE.equals(bead.get("src_edited"));
            boolean tgtEdited = Boolean.TRUE.equals(bead.get("tgt_edited"));
            boolean reviewed =
                    !"PENDING".equals(bead.get("status")) || srcEdited || tgtEdited || bead.get("note") != null;
            if (reviewed) {
                LanguagePair pair = LanguagePair.fromCode((String) bead.get("lang_pair"));
                jdbc.sql("""
                        INSERT INTO retired_bead (article_id, lang_pair, src_sentences, tgt_sentences,
                                                  src_text, tgt_text, status, confidence, updated_at, updated_by,
                                                  retired_at, restored, note, src_edited, tgt_edited)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?)""")
                        .params(
                                articleId,
                                pair.code(),
                                joined(sentences.get(pair.source().code()), bead, "src"),
                                joined(sentences.get(pair.target().code()), bead, "tgt"),
                                bead.get("src_text"),
                                bead.get("tgt_text"),
                                bead.get("status"),
                                bead.get("confidence"),
                                bead.get("updated_at"),
                                bead.get("updated_by"),
                                now,
                                bead.get("note"),
                                srcEdited,
                                tgtEdited)
                        .update();
            }
        }
        jdbc.sql("DELETE FROM bead WHERE article_id = ?").param(articleId).update();
    }

    private static String joined(List<String> sentences, Map<String, Object> bead, String side) {
        int start = ((Number) bead.get(side + "_start")).intValue();
        int end = ((Number) bead.get(side + "_end")).intValue();
        return sentences == null || end > sentences.size() ? "" : BeadText.of(sentences, start, end);
    }

    /**
     * Replaces an article's beads for one pair with a new alignment. A new bead
     * over exactly the sentences of a bead a reviewer worked on before the article changed gets that
     * review back.
     */
    void replace(String articleId, LanguagePair pair, List<BeadRow> beads) {
        jdbc.sql("DELETE FROM bead WHERE article_id = ? AND lang_pair = ?")
                .params(articleId, pair.code())
                .update();
        Timestamp now = now();
        batch.batchUpdate("""
                INSERT INTO bead (article_id, lang_pair, idx, src_start, src_end, tgt_start, tgt_end,
                                  src_text, tgt_text, confidence, status, version, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)""", beads, 500, (statement, bead) -> {
            statement.setString(1, articleId);
            statement.setString(2, pair.code());
            statement.setInt(3, bead.index());
            statement.setInt(4, bead.srcStart());
            statement.setInt(5, bead.srcEnd());
            statement.setInt(6, bead.tgtStart());
            statement.setInt(7, bead.tgtEnd());
            statement.setString(8, bead.srcText());
            statement.setString(9, bead.tgtText());
            statement.setDouble(10, bead.confidence());
            statement.setTimestamp(11, now);
        });
        restoreReviews(articleId, pair, beads);
    }

    private void restoreReviews(String articleId, LanguagePair pair, List<BeadRow> beads) {
        List<Map<String, Object>> retired =
                jdbc.sql("""
                SELECT id, src_sentences, tgt_sentences, src_text, tgt_text, status, updated_at, updated_by, note,
                       src_edited, tgt_edited
                FROM retired_bead WHERE article_id = ? AND lang_pair = ? AND restored = FALSE ORDER BY id DESC\
                """).params(articleId, pair.code()).query().listOfRows();
        if (retired.isEmpty()) {
            return;
        }
        Map<String, Map<String, Object>> bySentences = new HashMap<>();
        retired.forEach(
                row -> bySentences.putIfAbsent(row.get("src_sentences") + "\u0000" + row.get("tgt_sentences"), row));
        for (BeadRow bead : beads) {
            Map<String, Object> review = bySentences.remove(bead.srcText() + "\u0000" + bead.tgtText());
            if (review != null) {
                jdbc.sql("""
                        UPDATE bead SET status = ?, src_text = ?, tgt_text = ?, updated_at = ?, updated_by = ?,
                            note = ?,
                               src_edited = ?, tgt_edited = ?
                        WHERE article_id = ? AND lang_pair = ? AND idx = ?""")
                        .params(
                                review.get("status"),
                                review.get("src_text"),
                                review.get("tgt_text"),
                                review.get("updated_at"),
                                review.get("updated_by"),
                                review.get("note"),
                                review.get("src_edited"),
                                review.get("tgt_edited"),
                                articleId,
                                pair.code(),
                                bead.index())
                        .update();
                jdbc.sql("UPDATE retired_bead SET restored = TRUE WHERE id = ?")
                        .param(review.get("id"))
                        .update();
            }
        }
    }

    /**
     * A bead of an imported memory, with what the import keeps of its unit: the tuid when it is not
     * the one an export would give, the unit's creation and the TMX properties and notes Songngu does
     * not map ({@code tmxExtra}).
     */
    record ImportedBead(
            String articleId,
            LanguagePair pair,
            int index,
            int srcStart,
            int srcEnd,
            int tgtStart,
            int tgtEnd,
            String srcText,
            String tgtText,
            double confidence,
            BeadStatus status,
            Timestamp updatedAt,
            String updatedBy,
            String tuid,
            Timestamp createdAt,
            String createdBy,
            String tmxExtra) {

        ImportedBead {
            org.songngu.align.Bead.checkRanges(srcStart, srcEnd, tgtStart, tgtEnd);
        }
    }

    /**
     * Inserts the beads of the articles a TMX import is creating, in one batch; the import holds
     * their locks (it inserted, or locked and deleted, each article in its own transaction).
     */
    void insertImported(List<ImportedBead> beads) {
        batch.batchUpdate("""
                INSERT INTO bead (article_id, lang_pair, idx, src_start, src_end, tgt_start, tgt_end, src_text,
                                  tgt_text, confidence, status, version, updated_at, updated_by, tuid, created_at,
                                  created_by, tmx_extra)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)""", beads, 1000, (statement, bead) -> {
            statement.setString(1, bead.articleId());
            statement.setString(2, bead.pair().code());
            statement.setInt(3, bead.index());
            statement.setInt(4, bead.srcStart());
            statement.setInt(5, bead.srcEnd());
            statement.setInt(6, bead.tgtStart());
            statement.setInt(7, bead.tgtEnd());
            statement.setString(8, bead.srcText());
            statement.setString(9, bead.tgtText());
            statement.setDouble(10, bead.confidence());
            statement.setString(11, bead.status().name());
            statement.setTimestamp(12, bead.updatedAt());
            statement.setString(13, bead.updatedBy());
            statement.setString(14, bead.tuid());
            statement.setTimestamp(15, bead.createdAt());
            statement.setString(16, bead.createdBy());
            statement.setString(17, bead.tmxExtra());
        });
    }

    /** Deletes an article's beads of one pair (an imported article none of whose units had that pair's language). */
    void deletePair(String articleId, LanguagePair pair) {
        jdbc.sql("DELETE FROM bead WHERE article_id = ? AND lang_pair = ?")
                .params(articleId, pair.code())
                .update();
    }

    /** Sets the review status of every bead of an article with a sentence on both sides. */
    void setStatus(String articleId, String status, String by) {
        jdbc.sql("UPDATE bead SET status = ?, updated_by = ? WHERE article_id = ? AND src_end > src_start"
                        + " AND tgt_end > tgt_start")
                .params(status, by, articleId)
                .update();
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    static Bead bead(ResultSet rs, int row) throws SQLException {
        Timestamp updated = rs.getTimestamp(14);
        return new Bead(
                rs.getLong(1),
                rs.getString(2),
                LanguagePair.fromCode(rs.getString(3)),
                rs.getInt(4),
                rs.getInt(5),
                rs.getInt(6),
                rs.getInt(7),
                rs.getInt(8),
                rs.getString(9),
                rs.getString(10),
                rs.getDouble(11),
                BeadStatus.valueOf(rs.getString(12)),
                rs.getInt(13),
                updated == null ? null : updated.toInstant(),
                rs.getString(15),
                rs.getString(16),
                rs.getBoolean(17),
                rs.getBoolean(18));
    }
}
