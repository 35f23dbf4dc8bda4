package org.songngu.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a remote run's manager read for its workers ({@code staged_run}, {@code staged_article},
 * {@code staged_file}; PostgreSQL only): the run's articles in partition order, each a rejection or
 * its raw files, the run-wide state learned from all of them and the run's glossary, as bytes its
 * readers decode.
 * Workers read it instead of the corpus folder. Kept until the run ends.
 */
@Repository
public class StagedInputs {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public StagedInputs(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** What a staged article is to its worker. */
    public enum Kind {
        /** its files follow, to read and ingest */
        READ,
        /** refused by the scan or the manager's reading */
        REJECTED,
        /** not read (nothing in the corpus changed): its outcome is the stored one */
        KNOWN
    }

    /**
     * One article of a run as staged.
     *
     * @param articleId  the article id
     * @param kind       what the worker does with it
     * @param rejection  why it was refused; for a known article its last failure (null: it was stored)
     * @param stamp      its folder's stamp for the writer to store, or null
     * @param keepStored whether the writer keeps the stamp stored already
     * @param files      its files' bytes by name in reading order (empty unless {@link Kind#READ})
     */
    public record StagedArticle(
            String articleId,
            Kind kind,
            String rejection,
            String stamp,
            boolean keepStored,
            Map<String, byte[]> files) {}

    /**
     * Starts staging a run: its learned state and its glossary (encoded, with its digest); any
     * earlier staging of that run is replaced.
     */
    @Transactional
    public void begin(long jobExecutionId, byte[] learned, byte[] glossary, String glossaryDigest) {
        forget(jobExecutionId);
        jdbc.sql("INSERT INTO staged_run (job_execution_id, learned, glossary, glossary_digest) VALUES (?, ?, ?, ?)")
                .params(jobExecutionId, learned, glossary, glossaryDigest)
                .update();
    }

    /** The digest of the run's staged glossary, when it was staged. */
    public Optional<String> glossaryDigest(long jobExecutionId) {
        return jdbc.sql("SELECT glossary_digest FROM staged_run WHERE job_execution_id = ?")
                .param(jobExecutionId)
                .query(String.class)
                .optional();
    }

    /** The run's staged glossary, encoded, when it was staged. */
    public Optional<byte[]> glossary(long jobExecutionId) {
        return jdbc.sql("SELECT glossary FROM staged_run WHERE job_execution_id = ?")
                .param(jobExecutionId)
                .query((rs, row) -> rs.getBytes(1))
                .optional();
    }

    /** Stages articles {@code first, first + 1, ...} of the run, in one transaction. */
    @Transactional
    public void add(long jobExecutionId, int first, List<StagedArticle> articles) {
        List<Integer> offsets =
                java.util.stream.IntStream.range(0, articles.size()).boxed().toList();
        batch.batchUpdate(
                "INSERT INTO staged_article (job_execution_id, position, article_id, kind, rejection, stamp, "
                        + "keep_stored) VALUES (?, ?, ?, ?, ?, ?, ?)",
                offsets,
                500,
                (statement, offset) -> {
                    StagedArticle article = articles.get(offset);
                    statement.setLong(1, jobExecutionId);
                    statement.setInt(2, first + offset);
                    statement.setString(3, article.articleId());
                    statement.setString(4, article.kind().name());
                    statement.setString(5, article.rejection());
                    statement.setString(6, article.stamp());
                    statement.setBoolean(7, article.keepStored());
                });
        record File(int position, int ordinal, String name, byte[] content) {}
        List<File> files = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            int ordinal = 0;
            for (Map.Entry<String, byte[]> file : articles.get(i).files().entrySet()) {
                files.add(new File(first + i, ordinal++, file.getKey(), file.getValue()));
            }
        }
        batch.batchUpdate(
                "INSERT INTO staged_file (job_execution_id, position, name, ordinal, content) VALUES (?, ?, ?, ?, ?)",
                files,
                100,
                (statement, file) -> {
                    statement.setLong(1, jobExecutionId);
                    statement.setInt(2, file.position());
                    statement.setString(3, file.name());
                    statement.setInt(4, file.ordinal());
                    statement.setBytes(5, file.content());
                });
    }

    /** The run's learned state, when it was staged. */
    public Optional<byte[]> learned(long jobExecutionId) {
        return jdbc.sql("SELECT learned FROM staged_run WHERE job_execution_id = ?")
                .param(jobExecutionId)
                .query((rs, row) -> rs.getBytes(1))
                .optional();
    }

    /** Article {@code position} of the run, when it was staged. */
    public Optional<StagedArticle> article(long jobExecutionId, int position) {
        Optional<StagedArticle> article = jdbc.sql("SELECT article_id, kind, rejection, stamp, keep_stored "
                        + "FROM staged_article WHERE job_execution_id = ? AND position = ?")
                .params(jobExecutionId, position)
                .query((rs, row) -> new StagedArticle(
                        rs.getString(1),
                        Kind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5),
                        Map.of()))
                .optional();
        return article.map(row -> {
            if (row.kind() != Kind.READ) {
                return row;
            }
            Map<String, byte[]> files = new LinkedHashMap<>();
            jdbc.sql("SELECT name, content FROM staged_file WHERE job_execution_id = ? AND position = ? "
                            + "ORDER BY ordinal")
                    .params(jobExecutionId, position)
                    .query(rs -> {
                        files.put(rs.getString(1), rs.getBytes(2));
                    });
            return new StagedArticle(
                    row.articleId(), row.kind(), row.rejection(), row.stamp(), row.keepStored(), files);
        });
    }

    /** Drops a run's staging (its files cascade). */
    public void forget(long jobExecutionId) {
        jdbc.sql("DELETE FROM staged_run WHERE job_execution_id = ?")
                .param(jobExecutionId)
                .update();
    }

    /** Drops every staging but that of {@code jobExecutionId}: left behind by runs whose manager died. */
    public void forgetAllBut(long jobExecutionId) {
        jdbc.sql("DELETE FROM staged_run WHERE job_execution_id <> ?")
                .param(jobExecutionId)
                .update();
    }
}
