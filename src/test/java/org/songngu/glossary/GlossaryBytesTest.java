package org.songngu.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.songngu.corpus.Language;

class GlossaryBytesTest {

    private final Glossary project = new GlossaryCsvReader().read(Path.of("glossary"));

    @Test
    void theProjectGlossaryComesBackEqual() {
        byte[] bytes = GlossaryBytes.encode(project);

        assertThat(project.size()).isPositive();
        assertThat(GlossaryBytes.decode(bytes)).isEqualTo(project);
        assertThat(new TermCoverage(GlossaryBytes.decode(bytes)).fingerprint())
                .isEqualTo(new TermCoverage(project).fingerprint());
    }

    @Test
    void aTermKeepsItsEmptyLanguagesNoteAndLine() {
        Glossary glossary = new Glossary(List.of(new Term(
                Map.of(
                        Language.FR,
                        List.of("préfet", "préfète"),
                        Language.VI,
                        List.of(),
                        Language.EN,
                        List.of("prefect")),
                "« note » đặc biệt",
                42)));

        assertThat(GlossaryBytes.decode(GlossaryBytes.encode(glossary))).isEqualTo(glossary);
        assertThat(GlossaryBytes.decode(GlossaryBytes.encode(Glossary.empty()))).isEqualTo(Glossary.empty());
    }

    @Test
    void theDigestTellsGlossariesApart() {
        Glossary other = new Glossary(project.terms().subList(1, project.size()));

        assertThat(GlossaryBytes.digest(GlossaryBytes.encode(project)))
                .isEqualTo(
                        GlossaryBytes.digest(GlossaryBytes.encode(new GlossaryCsvReader().read(Path.of("glossary")))))
                .isNotEqualTo(GlossaryBytes.digest(GlossaryBytes.encode(other)))
                .hasSize(64);
    }

    @Test
    void bytesThatAreNoGlossaryAreRefused() {
        byte[] bytes = GlossaryBytes.encode(project);

        assertThatThrownBy(() -> GlossaryBytes.decode(Arrays.copyOf(bytes, bytes.length / 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cut short");
        assertThatThrownBy(() -> GlossaryBytes.decode(Arrays.copyOf(bytes, bytes.length + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("after its last term");
        assertThatThrownBy(() -> GlossaryBytes.decode(new byte[] {0, 0, 0, 9}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("format 9");
        assertThatThrownBy(() -> GlossaryBytes.decode(new byte[] {0, 0, 0, 1, -1, -1, -1, -1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count of -1");
    }
}
