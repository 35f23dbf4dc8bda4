package org.songngu.tmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.songngu.corpus.Language;
import org.songngu.tmx.OkapiReadBack.OkapiUnit;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TmxWriterTest {

    static final Instant CREATED = Instant.parse("2023-12-21T09:30:00Z");
    static final Instant REVIEWED = Instant.parse("2024-01-05T16:04:59Z");

    /** Two fr-vi beads: a plain 1-1, then a 2-1 whose French sentences were joined by a space. */
    static List<TranslationUnit> frenchVietnamese(TmxLanguageCodes codes) {
        return List.of(
                unit(
                        "thai-binh-dan-van/fr-vi/0",
                        codes,
                        0.962,
                        Map.of(
                                Language.FR,
                                "La mobilisation des masses est une tâche essentielle du Comité provincial "
                                        + "du Parti.",
                                Language.VI,
                                "Dân vận là nhiệm vụ quan trọng của Tỉnh ủy.")),
                unit(
                        "thai-binh-dan-van/fr-vi/1",
                        codes,
                        0.871,
                        Map.of(
                                Language.FR, "M. Nguyen Tien Thanh a présidé la réunion. Elle a duré deux heures.",
                                Language.VI, "Ông Nguyễn Tiến Thành chủ trì cuộc họp kéo dài hai giờ.")));
    }

    static TranslationUnit unit(String tuid, TmxLanguageCodes codes, double confidence, Map<Language, String> texts) {
        List<TmxVariant> variants = new ArrayList<>();
        for (Language language : Language.values()) {
            if (texts.containsKey(language)) {
                variants.add(codes.variant(language, texts.get(language)));
            }
        }
        return new TranslationUnit(
                tuid,
                CREATED,
                "lan.nguyen",
                REVIEWED,
                "lan.nguyen",
                List.of(
                        TmxProperty.document("thai-binh-dan-van", "https://example.org/fr/thai-binh-dan-van.html"),
                        TmxProperty.confidence(confidence),
                        TmxProperty.status("approved")),
                variants);
    }

    static byte[] export(TmxHeader header, List<TranslationUnit> units) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TmxWriter writer = TmxWriter.open(out, header)) {
            units.forEach(writer::write);
        }
        return out.toByteArray();
    }

    static String golden(String name) throws IOException {
        try (InputStream in = TmxWriterTest.class.getResourceAsStream("golden/" + name)) {
            assertThat(in).as("golden file " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The header's creation date is the only part that changes from run to run. */
    static String normalised(String tmx) {
        return tmx.replaceFirst("(<header [^>]*creationdate=\")\\d{8}T\\d{6}Z\"", "$1DATE\"");
    }

    @Test
    void frenchVietnameseMatchesTheGoldenFileValidatesAndReadsBackInOkapi() throws IOException {
        byte[] tmx = export(TmxHeader.songngu("1.0", "fr", Instant.now()), frenchVietnamese(TmxLanguageCodes.plain()));

        assertThat(normalised(new String(tmx, StandardCharsets.UTF_8))).isEqualTo(normalised(golden("fr-vi.tmx")));
        DtdValidator.validate(tmx);
        List<OkapiUnit> units = OkapiReadBack.read(tmx, "fr", "vi");
        assertThat(units)
                .extracting(OkapiUnit::tuid)
                .containsExactly("thai-binh-dan-van/fr-vi/0", "thai-binh-dan-van/fr-vi/1");
        assertThat(units.get(1).texts())
                .containsExactly(
                        Map.entry("fr", "M. Nguyen Tien Thanh a présidé la réunion. Elle a duré deux heures."),
                        Map.entry("vi", "Ông Nguyễn Tiến Thành chủ trì cuộc họp kéo dài hai giờ."));
        assertThat(units.get(0).properties())
                .containsEntry("x-confidence", "0.962")
                .containsEntry("x-status", "approved")
                .containsEntry("x-document", "thai-binh-dan-van https://example.org/fr/thai-binh-dan-van.html");
    }

    @Test
    void threeLanguageUnitWithRegionalCodesMatchesTheGoldenFileAndReadsBackInOkapi() throws IOException {
        TmxLanguageCodes codes = TmxLanguageCodes.regional();
        TranslationUnit unit = unit(
                TmxPair.FR_VI_EN.tuid("thai-binh-dan-van", 0),
                codes,
                0.9,
                Map.of(
                        Language.FR, "La mobilisation des masses est une tâche essentielle.",
                        Language.VI, "Dân vận là nhiệm vụ quan trọng.",
                        Language.EN, "Mass mobilization is an essential task."));
        byte[] tmx = export(TmxHeader.songngu("1.0", "fr-FR", CREATED), List.of(unit));

        assertThat(normalised(new String(tmx, StandardCharsets.UTF_8))).isEqualTo(normalised(golden("fr-vi-en.tmx")));
        DtdValidator.validate(tmx);
        List<OkapiUnit> units = OkapiReadBack.read(tmx, "fr-FR", "vi-VN");
        assertThat(units).singleElement().satisfies(read -> {
            assertThat(read.tuid()).isEqualTo("thai-binh-dan-van/fr-vi-en/0");
            assertThat(read.texts())
                    .containsOnly(
                            Map.entry("fr-FR", "La mobilisation des masses est une tâche essentielle."),
                            Map.entry("vi-VN", "Dân vận là nhiệm vụ quan trọng."),
                            Map.entry("en-US", "Mass mobilization is an essential task."));
        });
    }

    @Test
    void okapiMatchesTheSourceCodeExactlyWhichIsWhyCodesAreConfigurable() {
        byte[] plain = export(TmxHeader.songngu("1.0", "fr", CREATED), frenchVietnamese(TmxLanguageCodes.plain()));
        byte[] regional =
                export(TmxHeader.songngu("1.0", "fr-FR", CREATED), frenchVietnamese(TmxLanguageCodes.regional()));

        assertThatThrownBy(() -> OkapiReadBack.read(plain, "fr-FR", "vi-VN")).hasMessageContaining("fr-FR");
        assertThat(OkapiReadBack.read(regional, "fr-FR", "vi-VN"))
                .hasSize(2)
                .allSatisfy(unit -> assertThat(unit.texts()).containsOnlyKeys("fr-FR", "vi-VN"));
    }

    @Test
    void escapesMarkupAmpersandsAndQuotesInTextAndAttributes() {
        String french = "<script>alert(\"x\" & 'y')</script> R&D « A > B » ]]>";
        TranslationUnit unit = new TranslationUnit(
                "a&b/\"q\"/<1>",
                null,
                "o'neil & co",
                null,
                null,
                List.of(new TmxProperty("x-note", "<b>\"&\"</b>")),
                List.of(new TmxVariant("fr", french), new TmxVariant("en", "Tom & \"Jerry\" <i>")));
        byte[] tmx = export(TmxHeader.songngu("1.0", "fr", CREATED), List.of(unit));
        String raw = new String(tmx, StandardCharsets.UTF_8);

        assertThat(raw)
                .doesNotContain("<script>")
                .doesNotContain("<b>")
                .doesNotContain("<i>")
                .contains("&lt;script&gt;")
                .contains("R&amp;D");
        Document document = DtdValidator.validate(tmx);
        Element tu = (Element) document.getElementsByTagName("tu").item(0);
        assertThat(tu.getAttribute("tuid")).isEqualTo("a&b/\"q\"/<1>");
        assertThat(tu.getAttribute("creationid")).isEqualTo("o'neil & co");
        assertThat(document.getElementsByTagName("prop").item(0).getTextContent())
                .isEqualTo("<b>\"&\"</b>");
        NodeList segs = document.getElementsByTagName("seg");
        assertThat(segs.item(0).getTextContent()).isEqualTo(french);
        assertThat(OkapiReadBack.read(tmx, "fr", "en"))
                .singleElement()
                .satisfies(read -> assertThat(read.texts())
                        .containsEntry("fr", french)
                        .containsEntry("en", "Tom & \"Jerry\" <i>"));
    }

    @Test
    void removesCharactersXmlForbidsAndKeepsTabsLineBreaksAndEmoji() {
        String dirty = "a\u0000b\u0001c\u001Fd\uFFFEe\uFFFF f\uD800g\uDC00h \uD83D\uDE00\ti\nj\rk";
        TranslationUnit unit = new TranslationUnit(
                "t/\u0007fr-vi/0",
                null,
                null,
                null,
                null,
                List.of(),
                List.of(new TmxVariant("fr", dirty), new TmxVariant("vi", "x\u000By")));
        byte[] tmx = export(TmxHeader.songngu("1.0", "fr", CREATED), List.of(unit));

        Document document = DtdValidator.validate(tmx);
        assertThat(document.getElementsByTagName("seg").item(0).getTextContent())
                .isEqualTo("abcde fgh \uD83D\uDE00\ti\nj\rk");
        assertThat(document.getElementsByTagName("seg").item(1).getTextContent())
                .isEqualTo("xy");
        assertThat(((Element) document.getElementsByTagName("tu").item(0)).getAttribute("tuid"))
                .isEqualTo("t/fr-vi/0");
    }

    @Test
    void aMergedBeadIsOneSegmentPerLanguage() {
        byte[] tmx = export(
                TmxHeader.songngu("1.0", "fr", CREATED),
                frenchVietnamese(TmxLanguageCodes.plain()).subList(1, 2));

        Document document = DtdValidator.validate(tmx);
        assertThat(document.getElementsByTagName("tuv").getLength()).isEqualTo(2);
        assertThat(document.getElementsByTagName("seg").item(0).getTextContent())
                .isEqualTo("M. Nguyen Tien Thanh a présidé la réunion. Elle a duré deux heures.");
    }

    @Test
    void writesDatesInTmxUtcFormAndLeavesOutMissingOnes() {
        assertThat(TmxWriter.formatDate(Instant.parse("2023-12-21T09:30:00Z"))).isEqualTo("20231221T093000Z");
        assertThat(TmxWriter.formatDate(Instant.parse("2024-03-01T01:02:03+07:00")))
                .isEqualTo("20240229T180203Z");
        TranslationUnit unreviewed = new TranslationUnit(
                "t/fr-vi/0",
                CREATED,
                null,
                null,
                null,
                List.of(),
                List.of(new TmxVariant("fr", "Bonjour."), new TmxVariant("vi", "Xin chào.")));
        Document document = DtdValidator.validate(export(TmxHeader.songngu("1.0", "fr", null), List.of(unreviewed)));
        Element tu = (Element) document.getElementsByTagName("tu").item(0);
        assertThat(tu.getAttribute("creationdate")).isEqualTo("20231221T093000Z");
        assertThat(tu.hasAttribute("changedate")).isFalse();
        assertThat(tu.hasAttribute("creationid")).isFalse();
        assertThat(((Element) document.getElementsByTagName("header").item(0)).hasAttribute("creationdate"))
                .isFalse();
    }

    @Test
    void anEmptyExportIsStillAValidDocument() {
        byte[] tmx = export(TmxHeader.songngu("1.0", "fr", CREATED), List.of());

        assertThat(DtdValidator.validate(tmx).getElementsByTagName("body").getLength())
                .isEqualTo(1);
        assertThat(OkapiReadBack.read(tmx, "fr", "vi")).isEmpty();
    }

    @Test
    void refusesAUnitWithoutTheSourceLanguageBecauseCatToolsWouldDropIt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TmxWriter writer = TmxWriter.open(out, TmxHeader.songngu("1.0", "fr-FR", CREATED))) {
            assertThatThrownBy(() -> writer.write(
                            frenchVietnamese(TmxLanguageCodes.plain()).get(0)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("thai-binh-dan-van/fr-vi/0")
                    .hasMessageContaining("fr-FR");
            assertThat(writer.unitsWritten()).isZero();
        }
    }

    @Test
    void refusesToWriteAfterClose() {
        TmxWriter writer = TmxWriter.open(new ByteArrayOutputStream(), TmxHeader.songngu("1.0", "fr", CREATED));
        writer.close();
        writer.close();

        assertThatThrownBy(() ->
                        writer.write(frenchVietnamese(TmxLanguageCodes.plain()).get(0)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void reportsAFailingStreamAsUncheckedIo() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk full");
            }
        };
        TmxWriter writer = TmxWriter.open(broken, TmxHeader.songngu("1.0", "fr", CREATED));
        // The 64 KiB buffer absorbs the first units; the failure shows at the latest on close.
        assertThatThrownBy(() -> {
                    for (int i = 0; i < 2000; i++) {
                        writer.write(unit(
                                "t/fr-vi/" + i,
                                TmxLanguageCodes.plain(),
                                0.5,
                                Map.of(Language.FR, "Bonjour.", Language.VI, "Xin chào.")));
                    }
                    writer.close();
                })
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("disk full");
    }

    @Test
    void aStreamThatFailsDuringTheHeaderIsReportedAndClosed() {
        boolean[] closed = {false};
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("read-only file system");
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        // A header longer than the buffers makes the very first flush happen while the header is written.
        TmxHeader longHeader = TmxHeader.songngu("v".repeat(200_000), "fr", CREATED);

        assertThatThrownBy(() -> TmxWriter.open(broken, longHeader))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot start the TMX document")
                .hasMessageContaining("read-only file system");
        assertThat(closed[0]).isTrue();
    }

    @Test
    void writtenUnitsReadBackThroughTheImportReader() {
        TmxLanguageCodes codes = TmxLanguageCodes.regional();
        TranslationUnit unit = unit(
                "a/fr-vi-en/3",
                codes,
                0.75,
                Map.of(
                        Language.FR,
                        "Le Tỉnh ủy & « M. Thành ».",
                        Language.VI,
                        "Tỉnh ủy <họp>.",
                        Language.EN,
                        "The Provincial Party Committee met."));
        byte[] tmx = export(TmxHeader.songngu("1.0", "fr-FR", CREATED), List.of(unit));

        List<TmxEntry> entries = new ArrayList<>();
        new TmxReader().read(new ByteArrayInputStream(tmx), entries::add);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.tuid()).isEqualTo("a/fr-vi-en/3");
            assertThat(entry.variants())
                    .containsExactly(
                            Map.entry("fr-FR", "Le Tỉnh ủy & « M. Thành »."),
                            Map.entry("vi-VN", "Tỉnh ủy <họp>."),
                            Map.entry("en-US", "The Provincial Party Committee met."));
            assertThat(entry.properties()).containsEntry("x-confidence", "0.750");
        });
    }

    @Test
    void theDtdValidatorRejectsWhatTheDtdForbids() {
        String valid = new String(
                export(TmxHeader.songngu("1.0", "fr", CREATED), frenchVietnamese(TmxLanguageCodes.plain())),
                StandardCharsets.UTF_8);
        String noSrclang = valid.replace(" srclang=\"fr\"", "");
        String badSegtype = valid.replace("segtype=\"sentence\"", "segtype=\"line\"");
        String noSeg = valid.replaceFirst("<seg>[^<]*</seg>", "");

        for (String invalid : List.of(noSrclang, badSegtype, noSeg)) {
            assertThat(invalid).isNotEqualTo(valid);
            assertThatThrownBy(() -> DtdValidator.validate(invalid.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("not valid");
        }
    }
}
