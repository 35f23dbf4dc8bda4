package org.songngu.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.songngu.quality.QualityScore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * French findings dismissed as false alarms (table {@code dismissed_finding}): a rule and the exact
 * words it flagged, never raised again. The one owner of that rule: {@link ArticleStore}'s one insert
 * of findings asks {@link #keep} which findings remain, and a dismissal removes the matching findings
 * already stored, in every article, with their sentences' scores and the articles' summaries.
 */
@Repository
public class DismissedFindings {

    /** The longest flagged text a dismissal remembers (a finding flags a word or a few). */
    public static final int MAX_FLAGGED = 1000;

    private final JdbcClient jdbc;
    private final ArticleSummaries summaries;

    public DismissedFindings(JdbcClient jdbc, ArticleSummaries summaries) {
        this.jdbc = jdbc;
        this.summaries = summaries;
    }

    /** A stored finding as a dismissal sees it: the words it flags in its sentence. */
    public record StoredFinding(
            long id, String articleId, int sentence, String ruleId, String message, String flagged) {}

    /** One dismissal: the rule and words, where and by whom it was dismissed, and why. */
    public record Dismissal(
            long id,
            String ruleId,
            String flagged,
            String message,
            String articleId,
            int sentence,
            String reason,
            String user,
            Instant at) {}

    public Optional<StoredFinding> finding(long findingId) {
        return jdbc.sql("""
                SELECT f.id, f.article_id, f.sentence_idx, f.rule_id, f.message, f.start_pos, f.end_pos, s.content
                FROM finding f LEFT JOIN sentence s ON s.article_id = f.article_id AND s.lang = 'fr'
                    AND s.idx = f.sentence_idx
                WHERE f.id = ?""")
                .param(findingId)
                .query((rs, row) -> new StoredFinding(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        flagged(rs.getString(8), rs.getInt(6), rs.getInt(7))))
                .optional();
    }

    public Optional<Dismissal> find(String ruleId, String flagged) {
        return jdbc.sql(SELECT + " WHERE rule_id = ? AND flagged = ?")
                .params(ruleId, flagged)
                .query(DismissedFindings::dismissal)
                .optional();
    }

    public Optional<Dismissal> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?")
                .param(id)
                .query(DismissedFindings::dismissal)
                .optional();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM dismissed_finding")
                .query(Long.class)
                .single();
    }

    /** A page of the dismissals, newest first. */
    public List<Dismissal> list(int limit, int offset) {
        return jdbc.sql(SELECT + " ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(limit, offset)
                .query(DismissedFindings::dismissal)
                .list();
    }

    /**
     * Remembers {@code finding}'s rule and words as a false alarm and removes every stored finding of
     * that rule on those words; returns the dismissal and the articles whose findings changed.
     */
    public Dismissal dismiss(StoredFinding finding, String reason, String user) {
        jdbc.sql("""
                INSERT INTO dismissed_finding (rule_id, flagged, message, article_id, sentence_idx, reason, username,
                                               dismissed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        finding.ruleId(),
                        finding.flagged(),
                        truncate(finding.message(), 4000),
                        finding.articleId(),
                        finding.sentence(),
                        reason,
                        user,
                        Timestamp.from(Instant.now()))
                .update();
        removeStored(finding.ruleId(), finding.flagged());
        return find(finding.ruleId(), finding.flagged()).orElseThrow();
    }

    /** Forgets a dismissal: the rule is raised again on those words from the next check on. */
    public boolean forget(long id) {
        return jdbc.sql("DELETE FROM dismissed_finding WHERE id = ?").param(id).update() == 1;
    }

    /**
     * The findings to store for an article, the dismissed ones left out, and the sentence scores
     * recomputed where a finding was left out ({@code scores}: per sentence from {@code from};
     * null when the check gave none).
     */
    Kept keep(String articleId, List<FindingRow> findings, int from, List<Double> scores) {
        if (findings.isEmpty()) {
            return new Kept(findings, scores);
        }
        Set<String> rules = new LinkedHashSet<>();
        findings.forEach(finding -> rules.add(finding.ruleId()));
        Set<String> dismissed = new HashSet<>();
        jdbc.sql("SELECT rule_id, flagged FROM dismissed_finding WHERE rule_id IN ("
                        + String.join(", ", java.util.Collections.nCopies(rules.size(), "?")) + ")")
                .params(List.copyOf(rules))
                .query(rs -> {
                    dismissed.add(key(rs.getString(1), rs.getString(2)));
                });
        if (dismissed.isEmpty()) {
            return new Kept(findings, scores);
        }
        Map<Integer, String> sentences = new java.util.HashMap<>();
        jdbc.sql("SELECT idx, content FROM sentence WHERE article_id = ? AND lang = 'fr'")
                .param(articleId)
                .query(rs -> {
                    sentences.put(rs.getInt(1), rs.getString(2));
                });
        List<FindingRow> kept = new ArrayList<>();
        Set<Integer> changed = new HashSet<>();
        for (FindingRow finding : findings) {
            String words = flagged(sentences.get(finding.sentence()), finding.start(), finding.end());
            if (dismissed.contains(key(finding.ruleId(), words))) {
                changed.add(finding.sentence());
            } else {
                kept.add(finding);
            }
        }
        if (changed.isEmpty() || scores == null) {
            return new Kept(kept, scores);
        }
        List<Double> rescored = new ArrayList<>(scores);
        for (int sentence : changed) {
            int at = sentence - from;
            if (at >= 0 && at < rescored.size()) {
                rescored.set(
                        at,
                        QualityScore.ofCategories(kept.stream()
                                .filter(finding -> finding.sentence() == sentence)
                                .map(FindingRow::category)
                                .toList()));
            }
        }
        return new Kept(kept, rescored);
    }

    /** What {@link #keep} leaves: the findings to store and the sentence scores to store with them. */
    record Kept(List<FindingRow> findings, List<Double> scores) {}

    // Removes the stored findings of a rule on these words, everywhere, and brings their scores and summaries up to
    // date.
    private void removeStored(String ruleId, String flagged) {
        List<StoredFinding> stored = jdbc
                .sql("""
                SELECT f.id, f.article_id, f.sentence_idx, f.rule_id, f.message, f.start_pos, f.end_pos, s.content
                FROM finding f JOIN sentence s ON s.article_id = f.article_id AND s.lang = 'fr'
                    AND s.idx = f.sentence_idx
                WHERE f.rule_id = ? AND SUBSTRING(s.content, f.start_pos + 1, f.end_pos - f.start_pos) = ?""")
                .params(ruleId, flagged)
                .query((rs, row) -> new StoredFinding(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        flagged(rs.getString(8), rs.getInt(6), rs.getInt(7))))
                .list()
                .stream()
                .filter(finding -> finding.flagged().equals(flagged))
                .toList();
        Map<String, Set<Integer>> touched = new LinkedHashMap<>();
        for (StoredFinding finding : stored) {
            jdbc.sql("DELETE FROM finding WHERE id = ?").param(finding.id()).update();
            touched.computeIfAbsent(finding.articleId(), id -> new LinkedHashSet<>())
                    .add(finding.sentence());
        }
        touched.forEach((articleId, sentences) -> {
            for (int sentence : sentences) {
                List<String> categories = jdbc.sql(
                                "SELECT category FROM finding WHERE article_id = ? AND sentence_idx = ?")
                        .params(articleId, sentence)
                        .query(String.class)
                        .list();
                jdbc.sql("""
                        UPDATE sentence SET quality_score = ? WHERE article_id = ? AND lang = 'fr' AND idx = ?
                        AND quality_score IS NOT NULL""")
                        .params(QualityScore.ofCategories(categories), articleId, sentence)
                        .update();
            }
            jdbc.sql("""
                    UPDATE article SET quality_score = (SELECT AVG(quality_score) FROM sentence
                                                        WHERE article_id = ? AND lang = 'fr') WHERE id = ?\
                    """).params(articleId, articleId).update();
            summaries.refresh(articleId);
        });
    }

    /** The words a finding flags; empty when its offsets do not fit the sentence. */
    public static String flagged(String sentence, int start, int end) {
        if (sentence == null || start < 0 || end > sentence.length() || start >= end) {
            return "";
        }
        return sentence.substring(start, end);
    }

    private static String key(String ruleId, String flagged) {
        return ruleId + "\u0000" + flagged;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static final String SELECT = """
            SELECT id, rule_id, flagged, message, article_id, sentence_idx, reason, username, dismissed_at
            FROM dismissed_finding""";

    private static Dismissal dismissal(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Dismissal(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getInt(6),
                rs.getString(7),
                rs.getString(8),
                rs.getTimestamp(9).toInstant());
    }
}
