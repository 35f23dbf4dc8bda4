package org.songngu.tmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.songngu.batch.AlignmentRuns;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import picocli.CommandLine;

/**
 * Export → import into an empty memory → export gives the same TMX apart from the header's creation
 * date, unit by unit and property by property, for each pair: tuids, articles, dates, reviewers,
 * review status, confidence and French findings come back. Each test runs in one transaction that
 * is rolled back (the commands join it): the memory it empties is the shared test database's.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TmxRoundTripTest {

    private static final String SEED = "thai-binh-dan-van";

    @Autowired
    AlignmentRuns runs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectProvider<ExportTmxCommand> exports;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @TempDir
    static Path dir;

    @BeforeAll
    void alignTheCorpus() throws Exception {
        runs.run(Path.of("corpus"));
    }

    private void review() {
        // What reviewers leave behind: approvals and a rejection by named reviewers, and a finding on
        // the last sentence of a bead both pairs share, merged where there is one (its offsets move into the segment).
        jdbc.sql("UPDATE bead SET status = 'APPROVED', updated_by = 'lan.nguyen' WHERE article_id = ? AND idx < 8")
                .param(SEED)
                .update();
        jdbc.sql("UPDATE bead SET status = 'REJECTED', updated_by = 'minh.tran' WHERE article_id = ? AND idx = 9")
                .param(SEED)
                .update();
        Map<String, Object> merged = jdbc.sql("""
                SELECT v.article_id, v.src_end FROM bead v JOIN bead e ON e.article_id = v.article_id
                    AND e.lang_pair = 'fr-en' AND e.src_start = v.src_start AND e.src_end = v.src_end
                    AND e.tgt_end > e.tgt_start
                WHERE v.lang_pair = 'fr-vi' AND v.src_end > v.src_start AND v.tgt_end > v.tgt_start
                ORDER BY v.src_end - v.src_start DESC, v.article_id, v.idx FETCH FIRST 1 ROWS ONLY\
                """).query().singleRow();
        jdbc.sql("""
                INSERT INTO finding (article_id, sentence_idx, rule_id, category, message, start_pos, end_pos,
                    suggestions)
                VALUES (?, ?, 'ACCORD_SUJET_VERBE', 'GRAMMAR', 'Le verbe « a » ne s''accorde pas avec « Ils ».', 4, 5,
                    'ont')""")
                .params(merged.get("ARTICLE_ID"), ((Number) merged.get("SRC_END")).intValue() - 1)
                .update();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr-vi", "fr-en", "fr-vi-en"})
    @Transactional
    void exportImportExportGivesTheSameMemory(String pair) throws Exception {
        review();
        Path first = export(pair, "first");
        List<TmxEntry> before = read(first);
        assertThat(before).hasSizeGreaterThan(50);
        assertThat(before)
                .extracting(entry -> entry.properties().get("x-status"))
                .contains("approved", "pending");
        assertThat(before.stream()
                        .map(entry -> entry.properties().get("x-document").split(" ")[0])
                        .distinct()
                        .count())
                .isGreaterThan(1);
        assertThat(before)
                .anySatisfy(entry -> assertThat(entry.attributes()).containsEntry("creationid", "lan.nguyen"));
        assertThat(before)
                .anySatisfy(entry -> assertThat(entry.all(TmxFinding.TYPE))
                        .anyMatch(value -> value.contains("ACCORD_SUJET_VERBE GRAMMAR")));

        jdbc.sql("DELETE FROM article").update();
        int imported = importFile(first);
        assertThat(imported).as("import exit status").isZero();
        // searchable as the job's articles: every sentence has its search form, every article is queued for the search
        // index
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sentence WHERE search_key IS NULL")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM search_feed f "
                                + "WHERE f.article_id = a.id)")
                        .query(Integer.class)
                        .single())
                .isZero();
        Path second = export(pair, "second");

        List<TmxEntry> after = read(second);
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            TmxEntry expected = before.get(i);
            TmxEntry actual = after.get(i);
            assertThat(actual.tuid()).as("tuid of unit %d", i).isEqualTo(expected.tuid());
            assertThat(actual.attributes())
                    .as("attributes of %s", expected.tuid())
                    .isEqualTo(expected.attributes());
            assertThat(actual.propertyList())
                    .as("properties of %s", expected.tuid())
                    .isEqualTo(expected.propertyList());
            assertThat(actual.notes()).as("notes of %s", expected.tuid()).isEqualTo(expected.notes());
            assertThat(actual.variantList())
                    .as("variants of %s", expected.tuid())
                    .isEqualTo(expected.variantList());
        }
        assertThat(withoutHeaderDate(second)).isEqualTo(withoutHeaderDate(first));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article WHERE source_url LIKE '%" + dir + "%' OR title LIKE '%" + dir
                                + "%'")
                        .query(Integer.class)
                        .single())
                .isZero();
        DtdValidator.validate(Files.readAllBytes(second));
    }

    private Path export(String pair, String name) {
        Path file = dir.resolve(pair + "-" + name + "-" + System.nanoTime() + ".tmx");
        StringWriter err = new StringWriter();
        int status = new CommandLine(exports.getObject())
                .setErr(new PrintWriter(err))
                .setOut(new PrintWriter(new StringWriter()))
                .execute("--pair", pair, "--status", "any", "--out", file.toString());
        assertThat(status).as(err.toString()).isZero();
        return file;
    }

    private int importFile(Path file) {
        Object command = context.getBean("importTmxCommand");
        StringWriter err = new StringWriter();
        int status = new CommandLine(command)
                .setErr(new PrintWriter(err))
                .setOut(new PrintWriter(new StringWriter()))
                .execute("--in", file.toString());
        assertThat(err.toString()).isEmpty();
        return status;
    }

    private static List<TmxEntry> read(Path file) {
        List<TmxEntry> entries = new ArrayList<>();
        new TmxReader().read(file, entries::add);
        return entries;
    }

    private static String withoutHeaderDate(Path file) throws java.io.IOException {
        return Files.readString(file, StandardCharsets.UTF_8)
                .replaceFirst("o-encoding=\"UTF-8\" creationdate=\"[0-9TZ]+\"", "o-encoding=\"UTF-8\"");
    }
}
