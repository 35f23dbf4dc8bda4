package org.songngu.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.songngu.corpus.Language;
import org.songngu.corpus.LanguagePair;
import org.songngu.store.Bead;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail: who did which action when, and each touched bead before and after (as JSON),
 * which is also what an undo replays.
 */
@Repository
class ReviewAudit {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ReviewAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records one action on a pair and its bead changes; returns the action's id. */
    long record(
            String articleId,
            LanguagePair pair,
            ActionKind action,
            String detail,
            String user,
            Long undoes,
            List<BeadChange> changes) {
        return record(articleId, pair.code(), action, detail, user, undoes, changes);
    }

    /**
     * Records an action on one language's text rather than on a pair (a French finding dismissed,
     * a metadata line kept): the trail's pair column then holds the language's code.
     */
    long record(String articleId, Language language, ActionKind action, String detail, String user) {
        return record(articleId, language.code(), action, detail, user, null, List.of());
    }

    private long record(
            String articleId,
            String pair,
            ActionKind action,
            String detail,
            String user,
            Long undoes,
            List<BeadChange> changes) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO review_action (article_id, lang_pair, action, detail, username, done_at, undoes)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(articleId, pair, action.name(), detail, user, Timestamp.from(Instant.now()), undoes)
                .update(keys, "id");
        long actionId = keys.getKey().longValue();
        for (BeadChange change : changes) {
            jdbc.sql("INSERT INTO bead_change (action_id, bead_id, before_state, after_state) VALUES (?, ?, ?, ?)")
                    .params(actionId, change.beadId(), write(change.before()), write(change.after()))
                    .update();
        }
        if (undoes != null) {
            jdbc.sql("UPDATE review_action SET undone_by = ? WHERE id = ?")
                    .params(actionId, undoes)
                    .update();
        }
        return actionId;
    }

    /** The user's latest action on the pair that is neither an undo nor undone already. */
    Optional<ReviewAction> lastUndoable(String articleId, LanguagePair pair, String user) {
        return jdbc.sql("""
                SELECT id, article_id, lang_pair, action, detail, username, done_at FROM review_action
                WHERE article_id = ? AND lang_pair = ? AND username = ? AND undone_by IS NULL AND action <> 'UNDO'
                ORDER BY id DESC LIMIT 1""")
                .params(articleId, pair.code(), user)
                .query((rs, row) -> new ReviewAction(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        ActionKind.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant(),
                        List.of()))
                .optional();
    }

    /** The bead changes of one action, in the order they were recorded. */
    List<BeadChange> changes(long actionId) {
        return jdbc.sql("SELECT bead_id, before_state, after_state FROM bead_change WHERE action_id = ? ORDER BY id")
                .param(actionId)
                .query((rs, row) -> new BeadChange(rs.getLong(1), read(rs.getString(2)), read(rs.getString(3))))
                .list();
    }

    /** Every action that touched a bead, newest first, each with that bead's before and after. */
    List<ReviewAction> history(long beadId) {
        return jdbc.sql("""
                SELECT a.id, a.article_id, a.lang_pair, a.action, a.detail, a.username, a.done_at,
                       c.bead_id, c.before_state, c.after_state
                FROM bead_change c JOIN review_action a ON a.id = c.action_id
                WHERE c.bead_id = ? ORDER BY a.id DESC""")
                .param(beadId)
                .query((rs, row) -> new ReviewAction(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        ActionKind.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant(),
                        List.of(new BeadChange(rs.getLong(8), read(rs.getString(9)), read(rs.getString(10))))))
                .list();
    }

    private String write(Bead bead) {
        return bead == null ? null : json.writeValueAsString(bead);
    }

    private Bead read(String text) {
        return text == null ? null : json.readValue(text, Bead.class);
    }
}
