package org.songngu.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AlignCommandTest {

    @Test
    void writesOneVecalignFilePerDocument(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.src"), "Bonjour.\nLe comité s'est réuni le 3 mai.\n");
        Files.writeString(in.resolve("a.tgt"), "Xin chào.\nỦy ban đã họp ngày 3 tháng 5.\n");
        String[] out = run(
                "--src-lang",
                "fr",
                "--tgt-lang",
                "vi",
                "--in",
                in.toString(),
                "--out",
                dir.resolve("out").toString());
        assertThat(out[2]).isEqualTo("0");
        assertThat(Files.readAllLines(dir.resolve("out/a.align"))).containsExactly("[0]:[0]", "[1]:[1]");
    }

    @Test
    void missingInputFolderIsNamed(@TempDir Path dir) {
        String[] out = run(
                "--src-lang",
                "fr",
                "--tgt-lang",
                "vi",
                "--in",
                dir.resolve("absent").toString(),
                "--out",
                dir.toString());
        assertThat(out[1]).contains("absent");
        assertThat(out[2]).isEqualTo("1");
    }

    @Test
    void sourceWithoutTargetIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lonely.src"), "Seul.\n");
        String[] out = run(
                "--src-lang",
                "fr",
                "--tgt-lang",
                "en",
                "--in",
                dir.toString(),
                "--out",
                dir.resolve("o").toString());
        assertThat(out[1]).contains("lonely.src").contains("lonely.tgt");
        assertThat(out[2]).isEqualTo("1");
        assertThat(dir.resolve("o")).doesNotExist();
    }

    @Test
    void unreadableFileIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.src"), "Bon.\n");
        Files.write(dir.resolve("bad.tgt"), new byte[] {(byte) 0xC3, (byte) 0x28, '\n'});
        String[] out = run(
                "--src-lang",
                "fr",
                "--tgt-lang",
                "en",
                "--in",
                dir.toString(),
                "--out",
                dir.resolve("o").toString());
        assertThat(out[1]).contains("bad.tgt").contains("UTF-8");
        assertThat(out[2]).isEqualTo("1");
    }

    @Test
    void missingGlossaryIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.src"), "Un.\n");
        Files.writeString(dir.resolve("a.tgt"), "One.\n");
        String[] out = run(
                "--src-lang",
                "fr",
                "--tgt-lang",
                "en",
                "--in",
                dir.toString(),
                "--out",
                dir.resolve("o").toString(),
                "--glossary",
                dir.resolve("terms.csv").toString());
        assertThat(out[1]).contains("terms.csv");
        assertThat(out[2]).isEqualTo("1");
    }

    @Test
    void vecalignFormatRoundTrips() {
        Bead bead = Bead.of(1, 2, 1, 1, 0.5);
        assertThat(VecalignFormat.format(bead, false)).isEqualTo("[1, 2]:[1]");
        assertThat(VecalignFormat.format(Bead.of(3, 1, 2, 0, 1), true)).isEqualTo("[3]:[]:1.0000");
        VecalignFormat.Line line =
                VecalignFormat.parse(List.of("# comment", "", "[1, 2]:[1]:0.5")).get(0);
        assertThat(line.source()).containsExactly(1, 2);
        assertThat(line.target()).containsExactly(1);
        assertThat(line.score()).isEqualTo(0.5);
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new AlignCommand());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int status = command.execute(args);
        return new String[] {out.toString(), err.toString(), String.valueOf(status)};
    }
}
