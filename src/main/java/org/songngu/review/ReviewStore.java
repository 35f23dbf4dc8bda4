package org.songngu.review;

import org.songngu.api.Page;
import org.songngu.api.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.songngu.store.SearchIndex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes beads for the review, every write guarded by the version the caller saw
 * (optimistic locking: a write that finds another version changes nothing and returns false).
 */
@Repository
class ReviewStore {

    private static final String COLUMNS = "id, article_id, lang_pair, idx, src_start, src_end, tgt_start, tgt_end,"
            + " src_text, tgt_text, confidence, status, version, updated_at, updated_by, note";

    private final JdbcClient jdbc;
    private final SearchIndex search;

    ReviewStore(JdbcClient jdbc, SearchIndex search) {
        this.search = search;
        this.jdbc = jdbc;
    }

    /**
     * Takes the article's row lock for the rest of the transaction: bead actions on one article run
     * one after another, so that a merge, split or shift renumbering the pair never meets another.
     */
    void lockArticle(String articleId) {
        jdbc.sql("SELECT id FROM article WHERE id = ? FOR UPDATE").param(articleId).query(String.class).optional();
    }

    Optional<Bead> bead(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bead WHERE id = ?").param(id).query(ReviewStore::bead).optional();
    }

    /** These beads (those that still exist), by pair and index. */
    List<Bead> beads(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM bead WHERE id IN ("
                        + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ") ORDER BY lang_pair, idx")
                .params(List.copyOf(ids))
                .query(ReviewStore::bead)
                .list();
    }

    /** A pair's beads in index order. */
    List<Bead> beads(String articleId, String pair) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bead WHERE article_id = ? AND lang_pair = ? ORDER BY idx")
                .params(articleId, pair)
                .query(ReviewStore::bead)
                .list();
    }

    /** A page of a pair's beads in index order, with the pair's bead count. */
    Page<Bead> beads(String articleId, String pair, PageRequest page) {
        long total = jdbc.sql("SELECT COUNT(*) FROM bead WHERE article_id = ? AND lang_pair = ?")
                .params(articleId, pair).query(Long.class).single();
        List<Bead> beads = jdbc.sql("SELECT " + COLUMNS + " FROM bead WHERE article_id = ? AND lang_pair = ?"
                        + " ORDER BY idx LIMIT ? OFFSET ?")
                .params(articleId, pair, page.size(), page.offset())
                .query(ReviewStore::bead)
                .list();
        return Page.of(beads, page, total, true);
    }

    /** An article's sentences in one language, in document order. */
    List<String> sentences(String articleId, String language) {
        return jdbc.sql("SELECT content FROM sentence WHERE article_id = ? AND lang = ? ORDER BY idx")
                .params(articleId, language)
                .query(String.class)
                .list();
    }

    /** Writes {@code bead}'s ranges, texts, confidence and status if its stored version is still {@code expected}. */
    boolean update(Bead bead, int expected, String user) {
        return jdbc.sql("""
                UPDATE bead SET src_start = ?, src_end = ?, tgt_start = ?, tgt_end = ?, src_text = ?, tgt_text = ?,
                       confidence = ?, status = ?, note = ?, version = version + 1, updated_at = ?, updated_by = ?
                WHERE id = ? AND version = ?""")
                .params(bead.srcStart(), bead.srcEnd(), bead.tgtStart(), bead.tgtEnd(), bead.srcText(), bead.tgtText(),
                        bead.confidence(), bead.status().name(), bead.note(), now(), user, bead.id(), expected)
                .update() == 1;
    }

    /** Replaces one sentence of an article (the French, edited by a reviewer). */
    void updateSentence(String articleId, String language, int index, String content) {
        jdbc.sql("UPDATE sentence SET content = ? WHERE article_id = ? AND lang = ? AND idx = ?")
                .params(content, articleId, language, index).update();
        // Search reads the stored folded form: an edited sentence is found by its new words.
        search.reindex(articleId);
    }

    boolean delete(long id, int expected) {
        return jdbc.sql("DELETE FROM bead WHERE id = ? AND version = ?").params(id, expected).update() == 1;
    }

    /**
     * Inserts a bead at a temporary negative index ({@link #renumber} gives it its place); with the
     * id it had when it is restored by an undo, a fresh one otherwise.
     */
    long insert(Bead bead, int temporaryIndex, String user) {
        if (bead.id() != null) {
            jdbc.sql("""
                    INSERT INTO bead (id, article_id, lang_pair, idx, src_start, src_end, tgt_start, tgt_end,
                                      src_text, tgt_text, confidence, status, version, updated_at, updated_by, note)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(bead.id(), bead.articleId(), bead.pair(), temporaryIndex, bead.srcStart(), bead.srcEnd(),
                            bead.tgtStart(), bead.tgtEnd(), bead.srcText(), bead.tgtText(), bead.confidence(),
                            bead.status().name(), bead.version() + 1, now(), user, bead.note())
                    .update();
            return bead.id();
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO bead (article_id, lang_pair, idx, src_start, src_end, tgt_start, tgt_end,
                                  src_text, tgt_text, confidence, status, version, updated_at, updated_by, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""")
                .params(bead.articleId(), bead.pair(), temporaryIndex, bead.srcStart(), bead.srcEnd(), bead.tgtStart(),
                        bead.tgtEnd(), bead.srcText(), bead.tgtText(), bead.confidence(), bead.status().name(), now(),
                        user, bead.note())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Gives a pair's beads the indices 0, 1, 2... in document order. Beads cover the sentences in
     * order and each holds at least one, so {@code src_start + tgt_start} grows strictly along the
     * document. Moved rows pass through negative indices so that the unique index never clashes.
     * Returns the ids of the beads whose index changed.
     */
    List<Long> renumber(String articleId, String pair) {
        List<long[]> rows = jdbc.sql("""
                SELECT id, idx FROM bead WHERE article_id = ? AND lang_pair = ? ORDER BY src_start + tgt_start""")
                .params(articleId, pair)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i)[1] != i) {
                jdbc.sql("UPDATE bead SET idx = ? WHERE id = ?").params(-1_000_000 - i, rows.get(i)[0]).update();
            }
        }
        List<Long> moved = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i)[1] != i) {
                jdbc.sql("UPDATE bead SET idx = ? WHERE id = ?").params(i, rows.get(i)[0]).update();
                moved.add(rows.get(i)[0]);
            }
        }
        return moved;
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    static Bead bead(ResultSet rs, int row) throws SQLException {
        Timestamp updated = rs.getTimestamp(14);
        return new Bead(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getString(10), rs.getDouble(11),
                BeadStatus.valueOf(rs.getString(12)), rs.getInt(13), updated == null ? null : updated.toInstant(),
                rs.getString(15), rs.getString(16));
    }
}
