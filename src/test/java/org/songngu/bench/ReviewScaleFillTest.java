package org.songngu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.songngu.store.ArticleSummaries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The benchmark's bulk fill stores exactly what the application would: the same articles filled
 * with their search keys and summaries computed in Java, then those
 * derived rows deleted and computed again by the application's per-article refresh
 * ({@code ArticleSummaries.refreshStale}), compare equal row for row (every column but the
 * summary's {@code refreshed_at}). H2 here; the PostgreSQL subclass runs the same.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReviewScaleFillTest {

    private static final String PREFIX = "rsfill-";

    @Autowired
    JdbcTemplate template;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArticleSummaries summaries;

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM article WHERE id LIKE '" + PREFIX + "%'").update();
    }

    @Test
    void bulkFillStoresWhatTheApplicationsRefreshStores() {
        ReviewScaleFill.Filled filled =
                new ReviewScaleFill(template, summaries).fill(List.of(committee(), province()), 42);

        assertThat(filled.articles()).isEqualTo(42);
        assertThat(count("SELECT COUNT(*) FROM article WHERE id LIKE '" + PREFIX + "%'"))
                .isEqualTo(40);
        Map<String, List<List<Object>>> bulk = derivedRows();
        assertThat(bulk.get("article_summary")).hasSize(40);
        // The articles differ where the summary counts: review states, missing glossary terms.
        assertThat(bulk.get("article_summary").stream().map(row -> row.get(11)).distinct())
                .hasSizeGreaterThan(1);
        assertThat(bulk.get("article_summary").stream().map(row -> row.get(10)).distinct())
                .hasSizeGreaterThan(1);

        jdbc.sql("DELETE FROM article_summary WHERE article_id LIKE '" + PREFIX + "%'")
                .update();
        jdbc.sql("UPDATE sentence SET search_key = NULL WHERE article_id LIKE '" + PREFIX + "%'")
                .update();
        assertThat(summaries.refreshStale()).isGreaterThanOrEqualTo(40);

        Map<String, List<List<Object>>> refreshed = derivedRows();
        for (String table : bulk.keySet()) {
            assertThat(bulk.get(table)).as(table).containsExactlyElementsOf(refreshed.get(table));
        }
    }

    /** Every row the application derives from the filled articles, in a fixed order. */
    private Map<String, List<List<Object>>> derivedRows() {
        String mine = " WHERE article_id LIKE '" + PREFIX + "%'";
        return Map.of(
                "sentence",
                rows("SELECT article_id, lang, idx, content, search_key FROM sentence" + mine
                        + " ORDER BY article_id, lang, idx"),
                "article_summary",
                rows("""
                        SELECT article_id, fr_sentences, findings, vi_total, vi_approved, vi_rejected, en_total,
                               en_approved, en_rejected, min_confidence, missing_terms, review_state, glossary_key
                        FROM article_summary""" + mine + " ORDER BY article_id"));
    }

    private List<List<Object>> rows(String sql) {
        return jdbc
                .sql(sql)
                .query((rs, row) -> {
                    Object[] values = new Object[rs.getMetaData().getColumnCount()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = rs.getObject(i + 1);
                    }
                    return List.of(values);
                })
                .list()
                .stream()
                .map(List::copyOf)
                .toList();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /**
     * A template whose beads hold a glossary term translated ("mobilisation des masses" / "dân
     * vận") in one bead and not in another, so that missing_terms counts; a finding on French
     * sentence 1 keeps its text.
     */
    private static ReviewScaleFill.Template committee() {
        return new ReviewScaleFill.Template(
                PREFIX + "a",
                "Tỉnh ủy Thái Bình: công tác dân vận",
                Map.of(
                        "fr",
                        List.of(
                                "Le Comité provincial du Parti de Thái Bình a tenu une conférence.",
                                "La mobilisation des masses est une tâche clé en 2024 !",
                                "Le travail de mobilisation des masses à Thai Binh, le 21/12/2023 « réussi »."),
                        "vi",
                        List.of(
                                "Tỉnh ủy Thái Bình đã tổ chức hội nghị.",
                                "Công tác dân vận là nhiệm vụ trọng tâm năm 2024!",
                                "Công tác vận động quần chúng ở Thái Bình ngày 21/12/2023 đạt kết quả."),
                        "en",
                        List.of(
                                "The Thai Binh Provincial Party Committee held a conference.",
                                "Mass mobilization is a key task in 2024!",
                                "The work at Thai Binh on 12/21/2023 succeeded.")),
                List.of(
                        new Object[] {"fr-vi", 0, 0, 1, 0, 1, 0.91},
                        new Object[] {"fr-vi", 1, 1, 2, 1, 2, 0.55},
                        new Object[] {"fr-vi", 2, 2, 3, 2, 3, 0.33},
                        new Object[] {"fr-en", 0, 0, 1, 0, 1, 0.8},
                        new Object[] {"fr-en", 1, 1, 3, 1, 3, 0.12}),
                List.<Object[]>of(new Object[] {1, "RULE_X", "TYPOS", "Une faute", 3, 15, "mobilisation"}));
    }

    /** A template with a long word (indexed cut to 40 letters), punctuation only and no finding. */
    private static ReviewScaleFill.Template province() {
        return new ReviewScaleFill.Template(
                PREFIX + "b",
                "Thái Bình (réf.)",
                Map.of(
                        "fr",
                        List.of(
                                "L'anticonstitutionnellementextraordinairementlong du Parti d'État.",
                                "« … »",
                                "Thái Bình, Hưng Yên et Nam Định."),
                        "vi",
                        List.of("Đảng bộ tỉnh Thái Bình.", "Nhân dân Thái Bình."),
                        "en",
                        List.of("Thai Binh province.")),
                List.of(
                        new Object[] {"fr-vi", 0, 0, 2, 0, 1, 0.7},
                        new Object[] {"fr-vi", 1, 2, 3, 1, 2, 0.6},
                        new Object[] {"fr-en", 0, 0, 3, 0, 1, 0.4}),
                List.of());
    }
}
