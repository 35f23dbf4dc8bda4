package org.songngu.tmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.songngu.corpus.Language;

class TmxReaderTest {

    private final TmxReader reader = new TmxReader();

    private List<TmxEntry> readResource(String name) throws IOException {
        List<TmxEntry> entries = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("read/" + name)) {
            long count = reader.read(in, entries::add);
            assertThat(count).isEqualTo(entries.size());
        }
        return entries;
    }

    private List<TmxEntry> read(String xml) {
        List<TmxEntry> entries = new ArrayList<>();
        reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), entries::add);
        return entries;
    }

    @Test
    void keepsTheTextOfSegmentsAndDropsInlineCodes() throws IOException {
        List<TmxEntry> entries = readResource("inline-codes.tmx");

        assertThat(entries).extracting(TmxEntry::tuid).containsExactly("bold", "placeholders", "highlight", "layout");
        assertThat(entries)
                .extracting(TmxEntry::variants)
                .containsExactly(
                        Map.of("fr", "Le Comité provincial se réunit.", "vi", "Tỉnh ủy họp."),
                        Map.of("fr", "Voir la page suivante.", "en", "See the next page."),
                        Map.of("fr", "La mobilisation des masses & le « dân vận ».", "vi", "Công tác dân vận."),
                        Map.of("fr", "Une phrase sur deux lignes.", "vi", "Một câu <không phải> thẻ."));
        assertThat(entries.get(3).properties()).containsExactly(Map.entry("x-confidence", "0.5"));
    }

    @Test
    void readsLanguageCodesInAnyStyleAndMatchesThemByLanguage() throws IOException {
        List<TmxEntry> entries = readResource("language-codes.tmx");

        assertThat(entries).hasSize(3);
        TmxEntry regional = entries.get(0);
        assertThat(regional.variants()).containsOnlyKeys("fr-FR", "vi-VN", "en-US");
        assertThat(regional.text(Language.FR)).contains("Bonjour.");
        assertThat(regional.text(Language.VI)).contains("Xin chào.");
        assertThat(regional.properties())
                .containsExactly(Map.entry("x-status", "approved"), Map.entry("client", "Trados-style property"));

        TmxEntry upperCase = entries.get(1);
        assertThat(upperCase.text(Language.FR)).contains("Merci.");
        assertThat(upperCase.text(Language.VI)).contains("Cảm ơn.");
        assertThat(upperCase.text(Language.EN)).isEmpty();

        TmxEntry deprecatedLang = entries.get(2);
        assertThat(deprecatedLang.tuid()).isEmpty();
        assertThat(deprecatedLang.text(Language.FR)).contains("Au revoir.");
        assertThat(deprecatedLang.text(Language.EN)).contains("Goodbye.");
        assertThat(deprecatedLang.variants()).containsEntry("de-DE", "Auf Wiedersehen.");
    }

    @ParameterizedTest
    @CsvSource({
        "fr, FR",
        "fr-FR, FR",
        "FR-fr, FR",
        "fr_CA, FR",
        "vi-VN, VI",
        "en, EN",
        "EN-us, EN",
        "fra, ",
        "frr, ",
        "de, "
    })
    void languageMatchingUsesThePrimarySubtag(String code, Language expected) {
        TmxEntry entry = new TmxEntry("t", Map.of(code, "text"), Map.of());

        for (Language language : Language.values()) {
            assertThat(entry.text(language)).isEqualTo(language == expected ? Optional.of("text") : Optional.empty());
        }
    }

    @Test
    void readsUtf16FilesWithAByteOrderMark() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><tmx version=\"1.4\"><header/><body>"
                + "<tu tuid=\"u\"><tuv xml:lang=\"fr\"><seg>Thành phố</seg></tuv><tuv xml:lang=\"vi\"><seg>Thành "
                + "phố Hồ Chí Minh</seg></tuv></tu>"
                + "</body></tmx>";
        List<TmxEntry> entries = new ArrayList<>();
        reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_16)), entries::add);

        assertThat(entries)
                .singleElement()
                .satisfies(entry -> assertThat(entry.text(Language.VI)).contains("Thành phố Hồ Chí Minh"));
    }

    @Test
    void handsUnitsOverOneByOneAsTheyAreRead() {
        List<String> seen = new ArrayList<>();
        String xml = "<tmx version=\"1.4\"><body>"
                + "<tu tuid=\"1\"><tuv xml:lang=\"fr\"><seg>Un.</seg></tuv><tuv "
                + "xml:lang=\"vi\"><seg>Một.</seg></tuv></tu>"
                + "<tu tuid=\"2\"><tuv xml:lang=\"fr\"><seg>Deux.</seg></tuv></tu>"
                + "<tu tuid=\"3\"><broken></tu></body></tmx>";

        assertThatThrownBy(() -> reader.read(
                        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                        entry -> seen.add(entry.tuid())))
                .isInstanceOf(TmxFormatException.class);
        assertThat(seen).containsExactly("1", "2");
    }

    @Test
    void malformedXmlIsReportedWithLineAndColumn() {
        String xml = "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n<body>\n  <tu><tuv xml:lang=\"fr\"><seg>a & "
                + "b</seg></tuv></tu>\n</body></tmx>";

        assertThatThrownBy(() -> read(xml)).isInstanceOfSatisfying(TmxFormatException.class, e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.column()).isBetween(30, 36);
            assertThat(e.getMessage()).startsWith("line 4, column ").doesNotContain("ParseError");
        });
    }

    @Test
    void unclosedElementsAndEmptyInputAreFormatErrors() {
        assertThatThrownBy(() -> read("<tmx version=\"1.4\"><body><tu>"))
                .isInstanceOfSatisfying(
                        TmxFormatException.class, e -> assertThat(e.line()).isEqualTo(1));
        assertThatThrownBy(() -> read("")).isInstanceOf(TmxFormatException.class);
    }

    @Test
    void aRootOtherThanTmxIsRejected() {
        assertThatThrownBy(() -> read("<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"/>"))
                .isInstanceOfSatisfying(TmxFormatException.class, e -> {
                    assertThat(e.getMessage()).contains("not a TMX file").contains("<xliff>");
                    assertThat(e.line()).isEqualTo(2);
                });
    }

    @Test
    void aVariantWithoutLanguageIsRejected() {
        assertThatThrownBy(() -> read("<tmx version=\"1.4\"><body>\n<tu><tuv><seg>x</seg></tuv></tu></body></tmx>"))
                .isInstanceOfSatisfying(TmxFormatException.class, e -> {
                    assertThat(e.getMessage()).contains("<tuv> without xml:lang");
                    assertThat(e.line()).isEqualTo(2);
                });
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path folder) throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"fr\"><seg>&xxe;</seg></tuv></tu></body></tmx>";

        assertThatThrownBy(() -> read(xml))
                .isInstanceOf(TmxFormatException.class)
                .hasMessageContaining("xxe")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void aMissingFileIsAnIoError(@TempDir Path folder) {
        assertThatThrownBy(() -> reader.read(folder.resolve("none.tmx"), entry -> {}))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("none.tmx");
    }

    @Test
    void readsAFileFromAPath(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("memory.tmx");
        Files.write(
                file,
                TmxWriterTest.export(
                        TmxHeader.songngu("1.0", "fr", null),
                        TmxWriterTest.frenchVietnamese(TmxLanguageCodes.plain())));
        List<TmxEntry> entries = new ArrayList<>();

        assertThat(reader.read(file, entries::add)).isEqualTo(2);
        assertThat(entries.get(1).text(Language.FR))
                .contains("M. Nguyen Tien Thanh a présidé la réunion. Elle a duré deux heures.");
    }
}
