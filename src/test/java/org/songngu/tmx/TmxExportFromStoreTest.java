package org.songngu.tmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.batch.AlignmentRuns;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import picocli.CommandLine;

/** {@code export-tmx} over the stored seed article: filters, valid TMX 1.4b, what Okapi reads back. */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TmxExportFromStoreTest {

    private static final String SEED = "thai-binh-dan-van";

    @Autowired
    AlignmentRuns runs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectProvider<ExportTmxCommand> commands;

    @TempDir
    static Path out;

    @BeforeAll
    void alignTheCorpusAndApproveTheFirstTenSeedPairs() throws Exception {
        runs.run(Path.of("corpus"));
        jdbc.sql("UPDATE bead SET status = 'PENDING', updated_by = NULL WHERE article_id = ?")
                .param(SEED)
                .update();
        jdbc.sql("UPDATE bead SET status = 'APPROVED', updated_by = 'reviewer-lan' WHERE article_id = ? AND idx < 10")
                .param(SEED)
                .update();
    }

    @Test
    void approvedPairsOnlyByDefaultAsValidTmx() throws Exception {
        Path file = export("--pair", "fr-vi", "--out", out.resolve("fr-vi.tmx").toString(), "--article", SEED);

        byte[] tmx = Files.readAllBytes(file);
        DtdValidator.validate(tmx);
        List<OkapiReadBack.OkapiUnit> units = OkapiReadBack.read(tmx, "fr", "vi");
        // A bead with no Vietnamese (a sentence the translator left out) is no translation unit.
        long pairs = jdbc.sql("SELECT COUNT(*) FROM bead WHERE article_id = ? AND lang_pair = 'fr-vi' AND idx < 10 "
                        + "AND tgt_end > tgt_start AND src_end > src_start")
                .param(SEED)
                .query(Long.class)
                .single();
        assertThat(units).hasSize((int) pairs).hasSizeGreaterThan(7);
        String text = Files.readString(file);
        assertThat(text)
                .contains("tuid=\"thai-binh-dan-van/fr-vi/0\"")
                .contains("<seg>Nâng cao chất lượng, hiệu quả công tác dân vận</seg>")
                .contains("changeid=\"reviewer-lan\"")
                .contains("<prop type=\"x-status\">approved</prop>")
                .doesNotContain("tuid=\"thai-binh-dan-van/fr-vi/10\"");
    }

    @Test
    void anyStatusAboveAConfidenceAndTheThreeLanguages() throws Exception {
        Path file = export(
                "--pair",
                "fr-vi-en",
                "--status",
                "any",
                "--min-confidence",
                "0.5",
                "--article",
                SEED,
                "--out",
                out.resolve("fr-vi-en.tmx").toString());

        byte[] tmx = Files.readAllBytes(file);
        DtdValidator.validate(tmx);
        String text = Files.readString(file);
        assertThat(text)
                .contains("xml:lang=\"fr\"")
                .contains("xml:lang=\"vi\"")
                .contains("xml:lang=\"en\"")
                .contains("<seg>Comrade Nguyen Van Giang");
        int units = text.split("<tu ", -1).length - 1;
        long tripleBeads = jdbc.sql("""
                SELECT COUNT(*) FROM bead v JOIN bead e ON e.article_id = v.article_id AND e.lang_pair = 'fr-en'
                  AND e.src_start = v.src_start AND e.src_end = v.src_end AND e.tgt_end > e.tgt_start
                WHERE v.article_id = ? AND v.lang_pair = 'fr-vi' AND v.tgt_end > v.tgt_start
                  AND v.confidence >= 0.5 AND e.confidence >= 0.5""").param(SEED).query(Long.class).single();
        assertThat(units).isEqualTo(tripleBeads).isGreaterThan(25);
    }

    @Test
    void anUnknownPairIsRefusedWithoutAFile() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(commands.getObject());
        commandLine.setErr(new PrintWriter(err));

        int exit = commandLine.execute(
                "--pair", "vi-en", "--out", out.resolve("bad.tmx").toString());

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("unknown pair 'vi-en'");
        assertThat(out.resolve("bad.tmx")).doesNotExist();
    }

    private Path export(String... args) {
        CommandLine commandLine = new CommandLine(commands.getObject());
        StringWriter output = new StringWriter();
        commandLine.setOut(new PrintWriter(output));
        List<String> all = new ArrayList<>(List.of(args));
        int exit = commandLine.execute(all.toArray(String[]::new));
        assertThat(exit).as(output.toString()).isZero();
        return Path.of(all.get(all.indexOf("--out") + 1));
    }
}
