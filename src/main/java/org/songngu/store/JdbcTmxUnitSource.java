package org.songngu.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.songngu.align.BeadText;
import org.songngu.corpus.Language;
import org.songngu.corpus.LanguagePair;
import org.songngu.tmx.ExportCandidate;
import org.songngu.tmx.ExportRequest;
import org.songngu.tmx.TmxPair;
import org.songngu.tmx.TmxProperty;
import org.songngu.tmx.TmxUnitSource;
import org.songngu.tmx.TranslationUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Streams the stored beads to a TMX export: rows are read with a cursor (a fetch size inside a
 * read-only transaction, which PostgreSQL needs to stream) and turned into units one at a time, so
 * an export of millions of pairs runs in constant memory. A fr+vi+en unit joins the fr→vi and
 * fr→en beads that cover the same French sentences.
 */
@Component
public class JdbcTmxUnitSource implements TmxUnitSource {

    private static final String PAIR_QUERY = """
            SELECT b.article_id, b.idx, b.src_start, b.src_end, b.src_text, b.tgt_text, b.confidence, b.status,
                   b.updated_at, b.updated_by, a.published, a.source_url, a.updated_at,
                   b.tuid, b.created_at, b.created_by, b.tmx_extra, b.note
            FROM bead b JOIN article a ON a.id = b.article_id
            WHERE b.lang_pair = ? AND b.src_end > b.src_start AND b.tgt_end > b.tgt_start
            ORDER BY b.article_id, b.idx""";
    private static final String TRIPLE_QUERY = """
            SELECT v.article_id, v.idx, v.src_start, v.src_end, v.src_text, v.tgt_text, e.tgt_text,
                   LEAST(v.confidence, e.confidence), v.status, e.status,
                   CASE WHEN v.updated_at > e.updated_at THEN v.updated_at ELSE e.updated_at END,
                   CASE WHEN v.updated_at > e.updated_at THEN v.updated_by ELSE e.updated_by END,
                   a.published, a.source_url, a.updated_at,
                   v.tuid, v.created_at, v.created_by, v.tmx_extra, v.note, e.note
            FROM bead v
            JOIN bead e ON e.article_id = v.article_id AND e.lang_pair = ?
                       AND e.src_start = v.src_start AND e.src_end = v.src_end AND e.tgt_end > e.tgt_start
            JOIN article a ON a.id = v.article_id
            WHERE v.lang_pair = ? AND v.src_end > v.src_start AND v.tgt_end > v.tgt_start
            ORDER BY v.article_id, v.idx""";

    private final JdbcTemplate jdbc;

    public JdbcTmxUnitSource(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(500);
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachUnit(ExportRequest request, Consumer<TranslationUnit> sink) {
        FindingCategories findings = new FindingCategories(jdbc);
        if (request.pair() == TmxPair.FR_VI_EN) {
            jdbc.query(
                    TRIPLE_QUERY,
                    (RowCallbackHandler) rs -> {
                        String status = bothApproved(rs.getString(9), rs.getString(10));
                        emit(
                                request,
                                sink,
                                findings,
                                rs,
                                status,
                                rs.getDouble(8),
                                11,
                                13,
                                16,
                                List.of(rs.getString(5), rs.getString(6), rs.getString(7)));
                    },
                    LanguagePair.FR_EN.code(),
                    LanguagePair.FR_VI.code());
            return;
        }
        String pair = request.pair().beadPairs().get(0).code();
        jdbc.query(
                PAIR_QUERY,
                (RowCallbackHandler) rs -> emit(
                        request,
                        sink,
                        findings,
                        rs,
                        rs.getString(8),
                        rs.getDouble(7),
                        9,
                        11,
                        14,
                        List.of(rs.getString(5), rs.getString(6))),
                pair);
    }

    /** A fr+vi+en unit counts as approved only when both of its beads are. */
    private static String bothApproved(String vietnamese, String english) {
        return vietnamese.equals(english) ? vietnamese : "PENDING";
    }

    /**
     * @param changed the column of the change date (the reviewer's name follows it)
     * @param article the column of the article's date (its source URL and update time follow it)
     * @param imported the column of the tuid an import kept (its creation date, creator, extras follow it)
     */
    private static void emit(
            ExportRequest request,
            Consumer<TranslationUnit> sink,
            FindingCategories findings,
            ResultSet rs,
            String status,
            double confidence,
            int changed,
            int article,
            int imported,
            List<String> texts)
            throws SQLException {
        String articleId = rs.getString(1);
        int beadIndex = rs.getInt(2);
        LocalDate published = rs.getObject(article, LocalDate.class);
        List<FindingRow> found = findings.of(articleId, rs.getInt(3), rs.getInt(4));
        Set<String> categories = new HashSet<>();
        found.forEach(finding -> categories.add(finding.category()));
        ExportCandidate candidate = new ExportCandidate(articleId, published, status, confidence, categories);
        if (!request.filter().test(candidate)) {
            return;
        }
        Timestamp changedAt = rs.getTimestamp(changed);
        String reviewer = rs.getString(changed + 1);
        // An imported unit keeps its own creation date and creator; an aligned one has the article's date.
        Timestamp importedAt = rs.getTimestamp(imported + 1);
        Timestamp createdAt = importedAt != null ? importedAt : rs.getTimestamp(article + 2);
        String creator = importedAt != null ? rs.getString(imported + 2) : reviewer;
        List<TmxProperty> properties = new ArrayList<>();
        properties.add(TmxProperty.document(articleId, rs.getString(article + 1)));
        properties.add(TmxProperty.confidence(confidence));
        properties.add(TmxProperty.status(status));
        found.forEach(finding -> properties.add(finding.toTmx().property()));
        TmxExtras extras = TmxExtras.decode(rs.getString(imported + 3));
        properties.addAll(extras.properties());
        List<Language> languages = request.pair().languages();
        List<org.songngu.tmx.TmxVariant> variants = new ArrayList<>(languages.size());
        for (int i = 0; i < languages.size(); i++) {
            variants.add(request.codes().variant(languages.get(i), texts.get(i)));
        }
        Instant created = createdAt == null ? null : createdAt.toInstant();
        Instant changedInstant = changedAt == null ? null : changedAt.toInstant();
        String tuid = request.pair()
                .retag(rs.getString(imported), articleId)
                .orElseGet(() -> request.pair().tuid(articleId, beadIndex));
        sink.accept(new TranslationUnit(
                tuid,
                created,
                creator,
                changedInstant,
                reviewer,
                properties,
                notes(extras.notes(), rs, imported + 4),
                variants));
    }

    /**
     * The notes an import kept, then the reviewers' notes on the unit's beads (columns from
     * {@code first} to the last), each once: an exported note that comes back through an import is
     * kept with the import's notes, and is not written twice.
     */
    private static List<String> notes(List<String> imported, ResultSet rs, int first) throws SQLException {
        List<String> notes = new ArrayList<>(imported);
        for (int column = first; column <= rs.getMetaData().getColumnCount(); column++) {
            String note = rs.getString(column);
            if (note != null && !note.isBlank() && !notes.contains(note)) {
                notes.add(note);
            }
        }
        return notes;
    }

    /**
     * The LanguageTool findings on an article's French sentences, loaded one article at a time, with
     * their offsets made relative to a bead's French segment (its sentences joined by a space).
     */
    private static final class FindingCategories {

        private final JdbcTemplate jdbc;
        private String article;
        private Map<Integer, List<FindingRow>> bySentence = Map.of();
        private Map<Integer, Integer> lengths = Map.of();

        FindingCategories(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        List<FindingRow> of(String articleId, int srcStart, int srcEnd) {
            if (!articleId.equals(article)) {
                article = articleId;
                Map<Integer, List<FindingRow>> loaded = new HashMap<>();
                jdbc.query(
                        """
                        SELECT sentence_idx, rule_id, category, message, start_pos, end_pos, suggestions FROM finding
                        WHERE article_id = ? ORDER BY sentence_idx, start_pos, end_pos, rule_id, id""",
                        (RowCallbackHandler) rs -> loaded.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                                .add(new FindingRow(
                                        rs.getInt(1),
                                        rs.getString(2),
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getInt(5),
                                        rs.getInt(6),
                                        suggestions(rs.getString(7)))),
                        articleId);
                bySentence = loaded;
                Map<Integer, Integer> sentenceLengths = new HashMap<>();
                if (!loaded.isEmpty()) {
                    jdbc.query(
                            "SELECT idx, LENGTH(content) FROM sentence WHERE article_id = ? AND lang = 'fr'",
                            (RowCallbackHandler) rs -> sentenceLengths.put(rs.getInt(1), rs.getInt(2)),
                            articleId);
                }
                lengths = sentenceLengths;
            }
            if (bySentence.isEmpty()) {
                return List.of();
            }
            List<FindingRow> found = new ArrayList<>();
            int offset = 0;
            for (int sentence = srcStart; sentence < srcEnd; sentence++) {
                for (FindingRow finding : bySentence.getOrDefault(sentence, List.of())) {
                    found.add(new FindingRow(
                            finding.sentence(),
                            finding.ruleId(),
                            finding.category(),
                            finding.message(),
                            finding.start() + offset,
                            finding.end() + offset,
                            finding.suggestions()));
                }
                offset += lengths.getOrDefault(sentence, 0) + BeadText.SEPARATOR.length();
            }
            return found;
        }

        private static List<String> suggestions(String joined) {
            return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\\|"));
        }
    }
}
