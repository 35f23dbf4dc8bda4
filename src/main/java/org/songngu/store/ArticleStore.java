package org.songngu.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.songngu.corpus.IngestVersion;
import org.songngu.corpus.Language;
import org.songngu.corpus.LanguagePair;
import org.songngu.corpus.SearchKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pipeline's writes and reads of articles, sentences, findings and beads. Each write replaces
 * what the article had of that kind in one transaction, so a re-run never doubles a row.
 */
@Repository
public class ArticleStore {

    private static final int MAX_ERROR = 4000;
    private static final String RESUMED = "completed after an interrupted run";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ArticleSummaries summaries;
    private final SearchIndex search;
    private final DismissedFindings dismissed;
    private final BeadStore beads;

    public ArticleStore(
            JdbcClient jdbc,
            JdbcTemplate batch,
            ArticleSummaries summaries,
            SearchIndex search,
            DismissedFindings dismissed,
            BeadStore beads) {
        this.dismissed = dismissed;
        this.beads = beads;
        this.jdbc = jdbc;
        this.batch = batch;
        this.summaries = summaries;
        this.search = search;
    }

    /** The content hash stored for an article, if it was ever read successfully. */
    public Optional<String> contentHash(String articleId) {
        return jdbc.sql("SELECT content_hash FROM article WHERE id = ?")
                .param(articleId)
                .query(String.class)
                .optional();
    }

    /**
     * Whether the stored article is what the current pipeline would make of files with this hash,
     * so that a run can leave it alone: same content hash, and either stored by the current
     * {@link IngestVersion} or worked on by a reviewer (a bead not pending, or a review action on
     * it), whose beads a pipeline change must not touch.
     */
    public boolean isUpToDate(String articleId, String contentHash) {
        return freshness(articleId, contentHash) == Freshness.UP_TO_DATE;
    }

    /** What a run is to do with a stored article whose files now have {@code contentHash}. */
    public Freshness freshness(String articleId, String contentHash) {
        return jdbc.sql("SELECT content_hash, ingest_version, " + REVIEWED + " FROM article a WHERE a.id = ?")
                .param(articleId)
                .query((rs, row) -> !contentHash.equals(rs.getString(1))
                        ? Freshness.CHANGED
                        : rs.getInt(2) >= IngestVersion.CURRENT || rs.getBoolean(3)
                                ? Freshness.UP_TO_DATE
                                : Freshness.OUTDATED)
                .optional()
                .orElse(Freshness.CHANGED);
    }

    /**
     * A stored article against its files: {@code CHANGED} (new, or other files), {@code UP_TO_DATE},
     * or {@code OUTDATED}: the same files, stored by an older {@link IngestVersion} and never
     * reviewed, so to be read, segmented and aligned again ("redone").
     */
    public enum Freshness {
        CHANGED,
        UP_TO_DATE,
        OUTDATED
    }

    /** An article a reviewer worked on: a bead not pending, or a review action on its beads. */
    private static final String REVIEWED = """
            (EXISTS (SELECT 1 FROM bead b WHERE b.article_id = a.id AND b.status <> 'PENDING')
             OR EXISTS (SELECT 1 FROM review_action r WHERE r.article_id = a.id AND r.action NOT IN ('KEEP_METADATA', \
            'DISMISS_FINDING')))""";

    /**
     * Stores a freshly read article: its metadata and sentences, replacing any earlier text, beads
     * and findings, with status {@link ArticleStatus#SEGMENTED} until it is aligned, and the
     * current {@link IngestVersion}.
     */
    @Transactional
    public void saveSegmented(ArticleRow article, List<VersionContent> versions) {
        Timestamp now = Timestamp.from(Instant.now());
        if (beads.lockArticle(article.id())) {
            jdbc.sql("""
                    UPDATE article SET title = ?, source_url = ?, published = ?, content_hash = ?, status = ?,
                           last_error = NULL, check_status = NULL, check_error = NULL, updated_at = ?,
                        ingest_version = ?,
                           origin = 'corpus'
                    WHERE id = ?""")
                    .params(
                            article.title(),
                            article.sourceUrl(),
                            article.published(),
                            article.contentHash(),
                            ArticleStatus.SEGMENTED.name(),
                            now,
                            IngestVersion.CURRENT,
                            article.id())
                    .update();
        } else {
            jdbc.sql("""
                    INSERT INTO article (id, title, source_url, published, content_hash, status, updated_at,
                                         ingest_version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            article.id(),
                            article.title(),
                            article.sourceUrl(),
                            article.published(),
                            article.contentHash(),
                            ArticleStatus.SEGMENTED.name(),
                            now,
                            IngestVersion.CURRENT)
                    .update();
        }
        beads.retireReviewed(article.id(), sentences(article.id()), now);
        for (String table : List.of("finding", "sentence", "article_version")) {
            jdbc.sql("DELETE FROM " + table + " WHERE article_id = ?")
                    .param(article.id())
                    .update();
        }
        for (VersionContent version : versions) {
            jdbc.sql("INSERT INTO article_version (article_id, lang, paragraphs) VALUES (?, ?, ?)")
                    .params(article.id(), version.language(), version.paragraphs())
                    .update();
            batch.batchUpdate(
                    "INSERT INTO sentence (article_id, lang, idx, paragraph, content, search_key, possible_before)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    version.sentences(),
                    500,
                    (statement, sentence) -> {
                        String searchKey = SearchKey.of(sentence.text());
                        statement.setString(1, article.id());
                        statement.setString(2, version.language());
                        statement.setInt(3, sentence.index());
                        statement.setInt(4, sentence.paragraph());
                        statement.setString(5, sentence.text());
                        statement.setString(6, searchKey);
                        if (sentence.possibleBefore() == null) {
                            statement.setNull(7, java.sql.Types.DOUBLE);
                        } else {
                            statement.setDouble(7, sentence.possibleBefore());
                        }
                    });
        }
        search.queue(article.id());
        summaries.refresh(article.id());
    }

    /**
     * Replaces the French findings of an article and records whether its check ran, with the
     * per-sentence quality scores (index = French sentence) and their mean; no scores when it failed.
     */
    @Transactional
    public void saveFindings(
            String articleId,
            List<FindingRow> findings,
            String checkStatus,
            String checkError,
            List<Double> sentenceScores) {
        jdbc.sql("DELETE FROM finding WHERE article_id = ?").param(articleId).update();
        DismissedFindings.Kept kept = insertFindings(articleId, findings, 0, sentenceScores);
        List<Double> scores = kept.scores();
        batch.batchUpdate(
                "UPDATE sentence SET quality_score = ? WHERE article_id = ? AND lang = 'fr' AND idx = ?",
                java.util.stream.IntStream.range(0, scores.size()).boxed().toList(),
                500,
                (statement, idx) -> {
                    statement.setDouble(1, scores.get(idx));
                    statement.setString(2, articleId);
                    statement.setInt(3, idx);
                });
        Double mean = scores.isEmpty()
                ? null
                : scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        jdbc.sql("UPDATE article SET check_status = ?, check_error = ?, quality_score = ? WHERE id = ?")
                .params(checkStatus, truncate(checkError), mean, articleId)
                .update();
        summaries.refresh(articleId);
    }

    /**
     * The one insert of findings, for the job and for a reviewer's French edit: findings a reviewer
     * dismissed as false alarms ({@link DismissedFindings}) are left out, and the scores of their
     * sentences ({@code scores}, per sentence from {@code from}) recomputed without them.
     */
    private DismissedFindings.Kept insertFindings(
            String articleId, List<FindingRow> all, int from, List<Double> scores) {
        DismissedFindings.Kept kept = dismissed.keep(articleId, all, from, scores);
        List<FindingRow> findings = kept.findings();
        batch.batchUpdate("""
                INSERT INTO finding (article_id, sentence_idx, rule_id, category, message, start_pos,
                    end_pos, suggestions)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", findings, 500, (statement, finding) -> {
            statement.setString(1, articleId);
            statement.setInt(2, finding.sentence());
            statement.setString(3, finding.ruleId());
            statement.setString(4, finding.category());
            statement.setString(5, truncate(finding.message()));
            statement.setInt(6, finding.start());
            statement.setInt(7, finding.end());
            statement.setString(8, truncate(String.join("|", finding.suggestions())));
        });
        return kept;
    }

    /**
     * Replaces the findings and scores of {@code count} French sentences from {@code from} on (after a
     * reviewer edited them) and the article's mean score. {@code scores} null: the check failed, the
     * sentences keep no finding and no score.
     */
    @Transactional
    public void replaceFindings(String articleId, int from, int count, List<FindingRow> findings, List<Double> scores) {
        jdbc.sql("DELETE FROM finding WHERE article_id = ? AND sentence_idx >= ? AND sentence_idx < ?")
                .params(articleId, from, from + count)
                .update();
        List<Double> kept = insertFindings(articleId, findings, from, scores).scores();
        for (int i = 0; i < count; i++) {
            jdbc.sql("UPDATE sentence SET quality_score = ? WHERE article_id = ? AND lang = 'fr' AND idx = ?")
                    .params(kept == null ? null : kept.get(i), articleId, from + i)
                    .update();
        }
        jdbc.sql("""
                UPDATE article SET quality_score = (SELECT AVG(quality_score) FROM sentence
                                                    WHERE article_id = ? AND lang = 'fr') WHERE id = ?\
                """).params(articleId, articleId).update();
        summaries.refresh(articleId);
    }

    /** Replaces one sentence of an article (the French, edited by a reviewer) and its search keys. */
    public void replaceSentence(String articleId, Language language, int index, String content) {
        jdbc.sql("UPDATE sentence SET content = ? WHERE article_id = ? AND lang = ? AND idx = ?")
                .params(content, articleId, language.code(), index)
                .update();
        // Search reads the stored folded form: an edited sentence is found by its new words.
        search.reindex(articleId);
    }

    /**
     * Records that reading an article failed. Whatever was stored before stays: the article keeps
     * its sentences and beads and only gains the error; a new article is stored as failed.
     */
    @Transactional
    public void markFailed(String articleId, String error) {
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc.sql("UPDATE article SET last_error = ?, updated_at = ? WHERE id = ?")
                .params(truncate(error), now, articleId)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO article (id, status, last_error, updated_at) VALUES (?, ?, ?, ?)")
                    .params(articleId, ArticleStatus.FAILED.name(), truncate(error), now)
                    .update();
            summaries.refresh(articleId);
        }
    }

    /**
     * The folder stamps of every article with what its last reading came to, and the stored
     * articles an older ingest pipeline made that no reviewer touched: what a run compares the
     * corpus with before reading anything. Two queries, whatever the size of the corpus.
     */
    public StoredFolders storedFolders() {
        Map<String, StoredFolders.Folder> folders = new HashMap<>();
        jdbc.sql("SELECT article_id, stamp, failure FROM article_folder").query(rs -> {
            folders.put(rs.getString(1), new StoredFolders.Folder(rs.getString(2), rs.getString(3)));
        });
        Set<String> outdated = new HashSet<>(jdbc.sql("SELECT a.id FROM article a WHERE a.content_hash IS NOT NULL "
                        + "AND a.ingest_version < ? AND NOT " + REVIEWED)
                .param(IngestVersion.CURRENT)
                .query(String.class)
                .list());
        return new StoredFolders(folders, outdated);
    }

    /**
     * Keeps the stamp of an article's folder as this run read it (the article is stored, be it as
     * failed), with the reason its input failed, or {@code null} when it was stored or unchanged.
     */
    @Transactional
    public void saveFolderStamp(String articleId, String stamp, String failure) {
        forgetFolderStamp(articleId);
        jdbc.sql("INSERT INTO article_folder (article_id, stamp, failure) VALUES (?, ?, ?)")
                .params(articleId, stamp, truncate(failure))
                .update();
    }

    /** Forgets the stamp of an article's folder, so that the next run reads the corpus again. */
    public void forgetFolderStamp(String articleId) {
        jdbc.sql("DELETE FROM article_folder WHERE article_id = ?")
                .param(articleId)
                .update();
    }

    /** Clears an earlier read error once the article reads again as it was stored. */
    public void clearError(String articleId) {
        jdbc.sql("UPDATE article SET last_error = NULL WHERE id = ? AND last_error IS NOT NULL")
                .param(articleId)
                .update();
    }

    /**
     * Which articles an align step works on (a {@code WHERE} clause over {@code article}): those read
     * but not yet aligned; with {@code realign}, also the aligned ones whose beads are all untouched
     * by reviewers (pending, never acted on) and were aligned by a model older than {@code :version}
     * (or by none). An article a reviewer worked on is never aligned again by the job.
     */
    public static String pendingAlignmentWhere(boolean realign) {
        String segmented = "status = 'SEGMENTED'";
        if (!realign) {
            return segmented;
        }
        return segmented + """
                 OR (status = 'ALIGNED' AND (model_version IS NULL OR model_version < :version)
                     AND EXISTS (SELECT 1 FROM bead b WHERE b.article_id = article.id)
                     AND NOT EXISTS (SELECT 1 FROM bead b WHERE b.article_id = article.id
                                     AND (b.status <> 'PENDING' OR b.version > 0 OR b.updated_by IS NOT NULL)))""";
    }

    /** How many articles {@link #pendingAlignmentWhere} selects ({@code version}: the current model's, or 0). */
    public long countPendingAlignment(boolean realign, int version) {
        return jdbc.sql("SELECT COUNT(*) FROM article WHERE " + pendingAlignmentWhere(realign))
                .paramSource(realign ? Map.of("version", version) : Map.of())
                .query(Long.class)
                .single();
    }

    /** Whether any article was read but not yet aligned. */
    public boolean hasPendingAlignment() {
        return jdbc.sql("SELECT COUNT(*) FROM article WHERE status = ?")
                        .param(ArticleStatus.SEGMENTED.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The sentences of an article by language code, each list in document order. */
    public Map<String, List<String>> sentences(String articleId) {
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        jdbc.sql("SELECT lang, content FROM sentence WHERE article_id = ? ORDER BY lang, idx")
                .param(articleId)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(entry -> byLanguage
                        .computeIfAbsent(entry.getKey(), key -> new java.util.ArrayList<>())
                        .add(entry.getValue()));
        return byLanguage;
    }

    /**
     * The possible boundaries of an article's sentences by language code: sentence index → the
     * splitter's prior that a sentence starts there ({@link SentenceRow#possibleBefore}); a language
     * without any is absent.
     */
    public Map<String, Map<Integer, Double>> possibleBoundaries(String articleId) {
        Map<String, Map<Integer, Double>> byLanguage = new LinkedHashMap<>();
        jdbc.sql("SELECT lang, idx, possible_before FROM sentence WHERE article_id = ? AND possible_before IS NOT NULL")
                .param(articleId)
                .query(rs -> {
                    byLanguage
                            .computeIfAbsent(rs.getString(1), key -> new HashMap<>())
                            .put(rs.getInt(2), rs.getDouble(3));
                });
        return byLanguage;
    }

    /**
     * Replaces an article's beads for one pair under the article's lock (see
     * {@link BeadStore#replace}).
     */
    @Transactional
    public void saveBeads(String articleId, LanguagePair pair, List<BeadRow> rows) {
        beads.lockArticle(articleId);
        beads.replace(articleId, pair, rows);
    }

    /** Sets the review status of every bead of an article, as an import of an approved memory does. */
    @Transactional
    public void setStatus(String articleId, String status, String by) {
        beads.lockArticle(articleId);
        beads.setStatus(articleId, status, by);
        summaries.refresh(articleId);
    }

    /**
     * Stores what the align step computed for one article: the beads of each pair (replacing the
     * pair's earlier beads, reviews taken back where they fit), then the article marked aligned by
     * {@code modelVersion} (null: no corpus model yet). This is the one place where the job
     * (re)writes an article's beads: whatever must follow a new alignment belongs here.
     *
     * <p>It takes the article's lock first, the one reviewers' actions take: an article a reviewer
     * started on after this step selected it (an approval, an edit, a merge on an aligned article
     * aligned again with a newer model) keeps the reviewer's beads, and this returns false.
     *
     * @param alignment beads by pair
     * @return whether the beads were stored
     */
    @Transactional
    public boolean saveAlignment(String articleId, Map<LanguagePair, List<BeadRow>> alignment, Integer modelVersion) {
        beads.lockArticle(articleId);
        if (beads.anyReviewed(articleId)) {
            return false;
        }
        alignment.forEach((pair, rows) -> beads.replace(articleId, pair, rows));
        jdbc.sql("""
                UPDATE article SET status = ?, model_version = ?, updated_at = ?,
                       last_error = CASE WHEN last_error LIKE 'alignment failed:%' THEN NULL ELSE last_error END
                WHERE id = ?""")
                .params(ArticleStatus.ALIGNED.name(), modelVersion, Timestamp.from(Instant.now()), articleId)
                .update();
        summaries.refresh(articleId);
        return true;
    }

    /**
     * Marks an article aligned once all its pairs are stored, and counts its summary from the new
     * beads (for callers other than {@link #saveAlignment}).
     */
    public void markAligned(String articleId) {
        jdbc.sql("UPDATE article SET status = ?, updated_at = ? WHERE id = ?")
                .params(ArticleStatus.ALIGNED.name(), Timestamp.from(Instant.now()), articleId)
                .update();
        summaries.refresh(articleId);
    }

    /** Records what a run did with an article; a restarted run overwrites its own earlier line. */
    @Transactional
    public void recordOutcome(long jobExecutionId, String articleId, RunOutcome outcome, String message) {
        recordOutcome(jobExecutionId, articleId, outcome, message, false);
    }

    /**
     * The same, saying whether the article is {@code redone}: read again only because the ingest
     * pipeline changed ({@link Freshness#OUTDATED}).
     */
    @Transactional
    public void recordOutcome(
            long jobExecutionId, String articleId, RunOutcome outcome, String message, boolean redone) {
        jdbc.sql("DELETE FROM run_article WHERE job_execution_id = ? AND article_id = ?")
                .params(jobExecutionId, articleId)
                .update();
        jdbc.sql("""
                INSERT INTO run_article (job_execution_id, article_id, outcome, message, recorded_at, redone)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(
                        jobExecutionId,
                        articleId,
                        outcome.name(),
                        truncate(message),
                        Timestamp.from(Instant.now()),
                        redone)
                .update();
    }

    /**
     * Records that a run aligned an article. One that the run found unchanged had been read by an
     * interrupted earlier run and is only now complete: the report says so.
     */
    @Transactional
    public void recordAligned(long jobExecutionId, String articleId) {
        int resumed = jdbc.sql("UPDATE run_article SET outcome = ?, message = ? "
                        + "WHERE job_execution_id = ? AND article_id = ? AND outcome = ?")
                .params(RunOutcome.PROCESSED.name(), RESUMED, jobExecutionId, articleId, RunOutcome.UNCHANGED.name())
                .update();
        boolean recorded = jdbc.sql("SELECT COUNT(*) FROM run_article WHERE job_execution_id = ? AND article_id = ?")
                        .params(jobExecutionId, articleId)
                        .query(Integer.class)
                        .single()
                > 0;
        if (resumed == 0 && !recorded) {
            recordOutcome(jobExecutionId, articleId, RunOutcome.PROCESSED, RESUMED);
        }
    }

    /** How many French sentences the articles a run processed hold: the run's volume. */
    public long frenchSentences(long jobExecutionId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM sentence s JOIN run_article r ON r.article_id = s.article_id
                WHERE r.job_execution_id = ? AND r.outcome = 'PROCESSED' AND s.lang = 'fr'\
                """).param(jobExecutionId).query(Long.class).single();
    }

    /** The report of one run, in article order. */
    public List<RunArticleRow> outcomes(long jobExecutionId) {
        return jdbc.sql("SELECT article_id, outcome, message, redone FROM run_article WHERE job_execution_id = ?"
                        + " ORDER BY article_id")
                .param(jobExecutionId)
                .query((rs, row) -> new RunArticleRow(
                        rs.getString(1), RunOutcome.valueOf(rs.getString(2)), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    private static String truncate(String text) {
        if (text == null || text.length() <= MAX_ERROR) {
            return text;
        }
        return text.substring(0, MAX_ERROR - 1) + "…";
    }
}
