package org.songngu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class EvaluationTest {

    /** Beads written as "0:0;1:1,2;3:" (source ids : target ids, beads separated by ;). */
    private static List<BeadKey> beads(String text) {
        List<BeadKey> beads = new ArrayList<>();
        for (String bead : text.split(";")) {
            String[] sides = bead.split(":", -1);
            beads.add(new BeadKey(ids(sides[0]), ids(sides[1]), Double.NaN));
        }
        return beads;
    }

    private static List<Integer> ids(String side) {
        return side.isBlank()
                ? List.of()
                : List.of(side.split(",")).stream().map(Integer::parseInt).toList();
    }

    /** Expected values worked out by hand from the Vecalign definitions. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // gold | test | strict P | strict R | lax P | lax R
                "0:0;1:1|0:0;1:1|1|1|1|1",
                "0:0;1:1|0,1:0,1|0|0|1|1",
                "0:0;1:1;2:|0:0;1:1;2:|1|1|1|1",
                "0:0;1:1,2|0:0;1:1;:2|0.3333|0.5|0.6667|1",
                "0:0;1:1|0:;:0;1:1|0.3333|0.5|0.3333|0.5",
                "0,1:0;2:1|1,0:0;2:1;2:1|1|1|1|1",
                "0:0|2:2|0|0|0|0",
            })
    void strictAndLaxCounts(String gold, String test, double ps, double rs, double pl, double rl) {
        Counts counts = new AlignmentScorer().count(beads(gold), beads(test));
        assertThat(counts.strict().precision()).isCloseTo(ps, within(1e-4));
        assertThat(counts.strict().recall()).isCloseTo(rs, within(1e-4));
        assertThat(counts.lax().precision()).isCloseTo(pl, within(1e-4));
        assertThat(counts.lax().recall()).isCloseTo(rl, within(1e-4));
    }

    @Test
    void countsArePooledBeforeDividing() {
        AlignmentScorer scorer = new AlignmentScorer();
        Counts pooled = scorer.count(beads("0:0;1:1"), beads("0:0;1:1"))
                .plus(scorer.count(beads("0:0;1:1;2:2;3:3"), beads("0,1:0,1;2:2;3:3")));
        // precision 4/5, recall 4/6
        assertThat(pooled.strict().precision()).isCloseTo(0.8, within(1e-9));
        assertThat(pooled.strict().recall()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(pooled.strict().f1()).isCloseTo(2 * 0.8 * (4.0 / 6) / (0.8 + 4.0 / 6), within(1e-9));
    }

    @Test
    void unitMergingJoinsBeadsInsideOneVerseOnly() {
        List<String> sourceUnits = List.of("v1", "v1", "v2");
        List<String> targetUnits = List.of("v1", "v1", "v2");
        List<BeadKey> merged = new UnitMerging().merge(beads("0:0;1:1;2:2"), sourceUnits, targetUnits);
        assertThat(merged).containsExactly(beads("0,1:0,1;2:2").toArray(BeadKey[]::new));
        List<BeadKey> crossing = new UnitMerging().merge(beads("0:0;1,2:1,2"), sourceUnits, targetUnits);
        assertThat(crossing).hasSize(2);
    }

    @Test
    void commandPrintsTheContractLines(@TempDir Path dir) throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Path test = Files.createDirectories(dir.resolve("test"));
        Files.writeString(gold.resolve("a.gold"), "[0]:[0]\n[1]:[1, 2]\n[2]:[]\n");
        Files.writeString(test.resolve("a.align"), "[0]:[0]:0.99\n[1]:[1]:0.95\n[]:[2]:0.5\n[2]:[]:0.4\n");
        String[] out = run(new String[] {"--gold", gold.toString(), "--test", test.toString()});
        assertThat(out[0]).contains("strict: P=0.500 R=0.500 F1=0.500").contains("lax: P=0.750 R=1.000 F1=0.857");
        assertThat(out[0]).contains(">= 0.90");
        assertThat(out[2]).isEqualTo("0");
    }

    @Test
    void commandNamesAMissingAlignment(@TempDir Path dir) throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Path test = Files.createDirectories(dir.resolve("test"));
        Files.writeString(gold.resolve("book.gold"), "[0]:[0]\n");
        String[] out = run(new String[] {"--gold", gold.toString(), "--test", test.toString()});
        assertThat(out[1]).contains("book.align");
        assertThat(out[2]).isEqualTo("1");
    }

    @Test
    void commandNamesAMissingFolderAndABadLine(@TempDir Path dir) throws IOException {
        String[] missing = run(new String[] {"--gold", dir.resolve("nope").toString(), "--test", dir.toString()});
        assertThat(missing[1]).contains("nope");
        assertThat(missing[2]).isEqualTo("1");
        Files.writeString(dir.resolve("x.gold"), "[0]:[0]\n");
        Files.writeString(dir.resolve("x.align"), "[0]:[0]\nzero to zero\n", StandardCharsets.UTF_8);
        String[] bad = run(new String[] {"--gold", dir.toString(), "--test", dir.toString()});
        assertThat(bad[1]).contains("x.align").contains("line 2");
        assertThat(bad[2]).isEqualTo("1");
    }

    private static String[] run(String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new EvaluateCommand());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int status = command.execute(args);
        return new String[] {out.toString(), err.toString(), String.valueOf(status)};
    }
}
