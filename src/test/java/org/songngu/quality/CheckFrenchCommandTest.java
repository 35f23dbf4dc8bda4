package org.songngu.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckFrenchCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void printsEachFindingAtItsLineAndColumnThenASummary() throws IOException {
        Path file = dir.resolve("fr.txt");
        Files.writeString(file, """
                Le Comité provincial du Parti de Thai Binh s'est réuni.

                Selon M. Nguyen Tien Thanh, il a mangé des pomme.
                """, StandardCharsets.UTF_8);

        int status = run("--in", file.toString());

        assertThat(status).as("found something, as linters say").isEqualTo(1);
        assertThat(out.toString().lines())
                .containsExactly(
                        "3:40 D_N Le déterminant s'accorde avec le nom \"pomme\". (suggestions: \"de la pomme\", "
                                + "\"des pommes\")",
                        "2 lines checked, 1 findings");
    }

    @Test
    void aLongFileSaysHowFarItIsOnStandardErrorOnly() throws IOException {
        Path file = dir.resolve("long.txt");
        Files.writeString(
                file,
                "Le Comité provincial s'est réuni.\n".repeat(2 * CheckFrenchCommand.BLOCK + 1),
                StandardCharsets.UTF_8);

        assertThat(run("--in", file.toString())).isZero();
        assertThat(err.toString().lines())
                .hasSize(2)
                .allMatch(line -> line.startsWith("check-french: ")
                        && line.contains(" of " + (2 * CheckFrenchCommand.BLOCK + 1) + " lines checked"));
        assertThat(out.toString().lines())
                .containsExactly((2 * CheckFrenchCommand.BLOCK + 1) + " lines checked, 0 findings");
    }

    @Test
    void aCleanTextExitsZero() throws IOException {
        Path file = dir.resolve("clean.txt");
        Files.writeString(file, "Le Comité provincial s'est réuni.\n", StandardCharsets.UTF_8);

        assertThat(run("--in", file.toString())).isZero();
        assertThat(out.toString().lines()).containsExactly("1 lines checked, 0 findings");
    }

    @Test
    void failsWithAClearMessageWhenTheFileCannotBeRead() {
        int status = run("--in", dir.resolve("missing.txt").toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).startsWith("cannot read " + dir.resolve("missing.txt") + ": no such file");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void failsWithAClearMessageWhenTheFileIsNotUtf8() throws IOException {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, "Le comit\u00e9 s'est r\u00e9uni.".getBytes(StandardCharsets.ISO_8859_1));

        int status = run("--in", file.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("not valid UTF-8");
    }

    private int run(String... args) {
        CommandLine command = new CommandLine(new CheckFrenchCommand(SharedChecker.get()));
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }
}
