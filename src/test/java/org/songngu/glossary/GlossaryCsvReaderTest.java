package org.songngu.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.songngu.corpus.Language;

class GlossaryCsvReaderTest {

    @TempDir
    Path dir;

    private final GlossaryCsvReader reader = new GlossaryCsvReader();

    @Test
    void readsVariantsQuotedCellsAndNotes() throws IOException {
        Path file = write("g.csv", """
                fr,vi,en,note
                mobilisation des masses|mobilisation de masse,dân vận,mass mobilization,core concept
                plaintes et dénonciations,"khiếu nại, tố cáo",complaints and denunciations,
                """);

        Glossary glossary = reader.read(file);

        assertThat(glossary.size()).isEqualTo(2);
        Term first = glossary.terms().get(0);
        assertThat(first.in(Language.FR)).containsExactly("mobilisation des masses", "mobilisation de masse");
        assertThat(first.note()).isEqualTo("core concept");
        assertThat(first.line()).isEqualTo(2);
        assertThat(glossary.terms().get(1).in(Language.VI)).containsExactly("khiếu nại, tố cáo");
        assertThat(glossary.pairs("fr", "vi")).hasSize(2);
        assertThat(glossary.pairs("de", "fr")).isEmpty();
    }

    @Test
    void pairsLeaveOutConceptsWithoutTheTargetLanguage() throws IOException {
        Path file = write("g.csv", """
                fr,vi,en,note
                Tỉnh ủy test,Tỉnh ủy,,no English yet
                dialogue direct,đối thoại trực tiếp,direct dialogue,
                """);

        Glossary glossary = reader.read(file);

        assertThat(glossary.pairs("fr", "en"))
                .containsExactly(new TermPair(List.of("dialogue direct"), List.of("direct dialogue")));
        assertThat(glossary.pairs("fr", "vi")).hasSize(2);
    }

    @Test
    void normalisesToNfcAndStripsBomAndSpaces() throws IOException {
        String decomposedHoa = "ho\u0300a";
        Path file = write("g.csv", "\uFEFFfr,vi,en,note\n paix , " + decomposedHoa + "  bình ,peace,\n");

        Term term = reader.read(file).terms().get(0);

        assertThat(term.in(Language.FR)).containsExactly("paix");
        assertThat(term.in(Language.VI)).containsExactly("hòa bình");
    }

    @Test
    void readsEveryCsvOfAFolderInNameOrder() throws IOException {
        write("b.csv", "fr,vi,en,note\nsecond,hai,second,\n");
        write("a.csv", "fr,vi,en,note\nfirst,một,first,\n");
        write("notes.txt", "not a glossary");

        Glossary glossary = reader.read(dir);

        assertThat(glossary.terms())
                .extracting(term -> term.preferred(Language.FR))
                .containsExactly("first", "second");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "wrong header;fr,en,vi,note\\na,b,c,;1;expected the header fr,vi,en,note",
                "too few cells;fr,vi,en,note\\nok,được,ok,\\nbroken,hỏng\\n;3;expected 4 cells",
                "too many cells;fr,vi,en,note\\na,b,c,d,e\\n;2;quote a cell that holds a comma",
                "empty French;fr,vi,en,note\\n,dân vận,mass mobilization,\\n;2;the French cell is empty",
                "no translation;fr,vi,en,note\\nseul,,,\\n;2;no Vietnamese nor English variant",
                "empty variant;fr,vi,en,note\\na||b,c,d,\\n;2;empty variant in the fr cell",
            })
    void rejectsMalformedRowsWithLineAndReason(String name, String content, long line, String reason)
            throws IOException {
        Path file = write("bad.csv", content.replace("\\n", "\n"));

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(GlossaryFormatException.class, e -> {
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.getMessage()).contains("bad.csv:" + line).contains(reason);
        });
    }

    @Test
    void rejectsAnEmptyFile() throws IOException {
        Path file = write("empty.csv", "");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(GlossaryFormatException.class)
                .hasMessageContaining("empty file");
    }

    @Test
    void rejectsInvalidUtf8() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "fr,vi,en,note\nd\u00e9mocratie,dân chủ,democracy,\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(GlossaryFormatException.class)
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void rejectsAnUnbalancedQuote() throws IOException {
        Path file = write("quote.csv", "fr,vi,en,note\n\"ouvert,dân,people,\n");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(GlossaryFormatException.class)
                .hasMessageContaining("malformed CSV");
    }

    @Test
    void rejectsAMissingPath() {
        assertThatThrownBy(() -> reader.read(dir.resolve("nowhere.csv")))
                .isInstanceOf(GlossaryFormatException.class)
                .hasMessageContaining("no glossary file or folder");
    }

    @Test
    void lenientReadingLeavesOutBadRowsAndReportsThem() throws IOException {
        write(
                "a.csv",
                "fr,vi,en,note\ndialogue direct,đối thoại trực tiếp,direct dialogue,\nbroken,hỏng\nsystème "
                        + "politique,hệ thống chính trị,political system,\n");
        write("b.csv", "fr,en,vi,note\nx,y,z,\n");

        GlossaryLoad load = reader.readLenient(dir);

        assertThat(load.glossary().terms())
                .extracting(term -> term.preferred(Language.FR))
                .containsExactly("dialogue direct", "système politique");
        assertThat(load.messages()).hasSize(2);
        assertThat(load.messages().get(0)).contains("a.csv:3").contains("expected 4 cells");
        assertThat(load.messages().get(1)).contains("b.csv:1").contains("expected the header");
    }

    @Test
    void lenientReadingOfAMissingPathIsAnEmptyGlossaryWithAProblem() {
        GlossaryLoad load = reader.readLenient(dir.resolve("nowhere"));

        assertThat(load.glossary().terms()).isEmpty();
        assertThat(load.messages()).singleElement().asString().contains("no glossary file or folder");
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
