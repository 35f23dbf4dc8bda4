package org.songngu.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.songngu.corpus.LanguagePair;
import org.songngu.glossary.TermCoverage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one owner of {@code article_summary}: per article, its French sentences, findings, review
 * progress per pair, lowest bead confidence, beads lacking a glossary translation and review
 * state. {@link #refresh} counts them again from the article's rows; every write that changes one
 * of them calls it (the job's stores in {@link ArticleStore}, the review's actions), so that the
 * article list reads one narrow row per article instead of counting the corpus on every request.
 */
@Repository
public class ArticleSummaries {

    private static final Logger log = LoggerFactory.getLogger(ArticleSummaries.class);
    private static final int STALE_BATCH = 200;

    private final JdbcClient jdbc;
    private final TermCoverage terms;
    private final SearchIndex search;
    private final TransactionTemplate transactions;

    public ArticleSummaries(
            JdbcClient jdbc, TermCoverage terms, SearchIndex search, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.terms = terms;
        this.search = search;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The review state of an article with {@code done} of its {@code total} beads approved or rejected. */
    public static String reviewState(int total, int done) {
        if (total == 0) {
            return "unaligned";
        }
        return done == 0 ? "todo" : done == total ? "done" : "in-progress";
    }

    /** What a summary counts of one bead. */
    public record BeadFacts(
            LanguagePair pair, String status, double confidence, String sourceText, String targetText) {}

    /**
     * An article's summary as {@link #refresh} stores it, in the order of {@link #INSERT}'s columns
     * before {@code refreshed_at} and {@code article_id}.
     */
    public record Summary(
            int frSentences,
            int findings,
            int viTotal,
            int viApproved,
            int viRejected,
            int enTotal,
            int enApproved,
            int enRejected,
            Double minConfidence,
            int missingTerms,
            String reviewState,
            String glossaryKey) {

        /** The parameters of {@link #INSERT} (and of refresh's UPDATE) for this summary. */
        public Object[] parameters(Timestamp refreshedAt, String articleId) {
            return new Object[] {
                frSentences,
                findings,
                viTotal,
                viApproved,
                viRejected,
                enTotal,
                enApproved,
                enRejected,
                minConfidence,
                missingTerms,
                reviewState,
                glossaryKey,
                refreshedAt,
                articleId
            };
        }
    }

    /** Inserts a summary row; parameters from {@link Summary#parameters}. */
    public static final String INSERT = """
            INSERT INTO article_summary (fr_sentences, findings, vi_total, vi_approved, vi_rejected, en_total,
                   en_approved, en_rejected, min_confidence, missing_terms, review_state, glossary_key,
                   refreshed_at, article_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /**
     * The summary of an article with {@code frSentences} French sentences, {@code findings}
     * findings and these beads, counted with the current glossary. The one place the counting
     * rules live: {@link #refresh} reads the facts from the article's rows, a bulk loader may
     * hold them already.
     */
    public Summary summarise(int frSentences, int findings, Iterable<BeadFacts> beads) {
        int[][] pairs = new int[2][3];
        Double minConfidence = null;
        int missing = 0;
        for (BeadFacts bead : beads) {
            int[] counts = pairs[bead.pair() == LanguagePair.FR_VI ? 0 : 1];
            counts[0]++;
            if ("APPROVED".equals(bead.status())) {
                counts[1]++;
            } else if ("REJECTED".equals(bead.status())) {
                counts[2]++;
            }
            minConfidence = minConfidence == null ? bead.confidence() : Math.min(minConfidence, bead.confidence());
            if (!terms.missing(bead.sourceText(), bead.pair().target(), bead.targetText())
                    .isEmpty()) {
                missing++;
            }
        }
        int total = pairs[0][0] + pairs[1][0];
        int done = pairs[0][1] + pairs[0][2] + pairs[1][1] + pairs[1][2];
        return new Summary(
                frSentences,
                findings,
                pairs[0][0],
                pairs[0][1],
                pairs[0][2],
                pairs[1][0],
                pairs[1][1],
                pairs[1][2],
                minConfidence,
                missing,
                reviewState(total, done),
                terms.fingerprint());
    }

    /** Counts article {@code articleId}'s summary again from its stored rows (nothing when it no longer exists). */
    @Transactional
    public void refresh(String articleId) {
        int frSentences = count("SELECT COUNT(*) FROM sentence WHERE article_id = ? AND lang = 'fr'", articleId);
        int findings = count("SELECT COUNT(*) FROM finding WHERE article_id = ?", articleId);
        List<BeadFacts> beads = jdbc.sql(
                        "SELECT lang_pair, status, confidence, src_text, tgt_text FROM bead WHERE article_id = ?")
                .param(articleId)
                .query((rs, row) -> new BeadFacts(
                        LanguagePair.fromCode(rs.getString(1)),
                        rs.getString(2),
                        rs.getDouble(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
        Object[] values = summarise(frSentences, findings, beads).parameters(Timestamp.from(Instant.now()), articleId);
        int updated = jdbc.sql("""
                UPDATE article_summary SET fr_sentences = ?, findings = ?, vi_total = ?, vi_approved = ?,
                    vi_rejected = ?,
                       en_total = ?, en_approved = ?, en_rejected = ?, min_confidence = ?, missing_terms = ?,
                       review_state = ?, glossary_key = ?, refreshed_at = ?
                WHERE article_id = ?""").params(values).update();
        if (updated == 0 && count("SELECT COUNT(*) FROM article WHERE id = ?", articleId) > 0) {
            jdbc.sql(INSERT).params(values).update();
        }
    }

    /**
     * Counts again every summary that is missing (an article stored before summaries existed: its
     * search keys are computed too) or was counted under another glossary, a batch per
     * transaction. Returns how many it refreshed.
     */
    public int refreshStale() {
        List<Map.Entry<String, Boolean>> stale = jdbc.sql("""
                SELECT a.id, s.article_id FROM article a LEFT JOIN article_summary s ON s.article_id = a.id
                WHERE s.article_id IS NULL OR s.glossary_key <> ? ORDER BY a.id""")
                .param(terms.fingerprint())
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2) == null))
                .list();
        if (stale.isEmpty()) {
            return 0;
        }
        log.info(
                "counting the review summaries of {} articles again (new articles or a changed glossary)",
                stale.size());
        for (int from = 0; from < stale.size(); from += STALE_BATCH) {
            List<Map.Entry<String, Boolean>> batch = stale.subList(from, Math.min(stale.size(), from + STALE_BATCH));
            transactions.executeWithoutResult(status -> batch.forEach(article -> {
                if (article.getValue()) {
                    search.reindex(article.getKey());
                }
                refresh(article.getKey());
            }));
        }
        log.info("review summaries up to date");
        return stale.size();
    }

    private int count(String sql, String articleId) {
        return jdbc.sql(sql).param(articleId).query(Integer.class).single();
    }
}
