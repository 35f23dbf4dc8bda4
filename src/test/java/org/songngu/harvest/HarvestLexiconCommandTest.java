package org.songngu.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code harvest --lexicon TMX}: the lexicon learned from a memory, and the bad memories refused in one line. */
class HarvestLexiconCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void crawl() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("crawl/site.example.vn/fr"));
        Files.writeString(
                pages.resolve("a.html"),
                "<html><body><article><p>"
                        + "Le comité provincial du Parti a tenu une conférence pour examiner le travail de "
                        + "mobilisation des masses"
                        + " et il a fixé les tâches pour les années à venir dans la "
                        + "province.</p></article></body></html>");
    }

    private int harvest(String... lexicon) {
        CommandLine command = new CommandLine(new HarvestCommand());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        String[] args = new String[4 + lexicon.length];
        args[0] = "--in";
        args[1] = dir.resolve("crawl").toString();
        args[2] = "--out";
        args[3] = dir.resolve("out").toString();
        System.arraycopy(lexicon, 0, args, 4, lexicon.length);
        return command.execute(args);
    }

    private static String unit(String status, String confidence, String fr, String vi, String en) {
        return "<tu><prop type=\"x-status\">" + status + "</prop><prop type=\"x-confidence\">" + confidence + "</prop>"
                + "<tuv xml:lang=\"fr-FR\"><seg>" + fr + "</seg></tuv><tuv xml:lang=\"vi-VN\"><seg>" + vi
                + "</seg></tuv>"
                + (en == null ? "" : "<tuv xml:lang=\"en\"><seg>" + en + "</seg></tuv>") + "</tu>\n";
    }

    @Test
    void learnsTheLexiconFromAMemory() throws Exception {
        Path memory = dir.resolve("memory.tmx");
        Files.writeString(
                memory,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"fr-FR\""
                        + " segtype=\"sentence\" datatype=\"plaintext\" adminlang=\"en\" o-tmf=\"songngu\" "
                        + "creationtool=\"songngu\""
                        + " creationtoolversion=\"1\"/><body>\n"
                        + unit(
                                "approved",
                                "0.990",
                                "Les paysans du district.",
                                "Nông dân của huyện.",
                                "The district's farmers.")
                        + unit("pending", "0.950", "La digue du district.", "Đê của huyện.", null)
                        + unit("pending", "0.100", "Une phrase mal alignée.", "Một câu khác hẳn.", null)
                        + unit("rejected", "0.990", "Refusée.", "Bị từ chối.", null)
                        + "</body></tmx>\n");
        assertThat(harvest("--no-glossary", "--lexicon", memory.toString())).isZero();
        assertThat(out.toString())
                .contains("lexicon: ")
                .contains("learned from memory.tmx")
                .contains("2 fr-vi units")
                .contains("1 fr-en units");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aMissingMemoryIsOneLine() {
        assertThat(harvest("--lexicon", dir.resolve("none.tmx").toString())).isEqualTo(2);
        assertThat(err.toString().strip())
                .isEqualTo("songngu harvest: lexicon memory " + dir.resolve("none.tmx")
                        + " is not a file; give --lexicon a TMX file (export-tmx writes one)");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aFileThatIsNoMemoryIsOneLine() throws Exception {
        Path notTmx = Files.writeString(dir.resolve("notes.tmx"), "fr\tvi\nbonjour\txin chào\n");
        assertThat(harvest("--lexicon", notTmx.toString())).isEqualTo(2);
        assertThat(err.toString().strip())
                .startsWith("songngu harvest: lexicon memory " + notTmx + " is not a TMX file: line 1")
                .doesNotContain("\n");
    }

    @Test
    void aMemoryWithoutFrenchIsOneLine() throws Exception {
        Path memory = Files.writeString(
                dir.resolve("en-vi.tmx"),
                "<tmx version=\"1.4\"><header srclang=\"en\"/><body>"
                        + "<tu><tuv xml:lang=\"en\"><seg>Farmers.</seg></tuv><tuv xml:lang=\"vi\"><seg>Nông "
                        + "dân.</seg></tuv></tu>"
                        + "</body></tmx>");
        assertThat(harvest("--no-glossary", "--lexicon", memory.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("songngu harvest: no unit of [" + memory + "] holds French");
    }
}
