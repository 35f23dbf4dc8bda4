package org.songngu.tmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.corpus.Language;
import picocli.CommandLine;

class ExportTmxCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<ExportRequest> requests = new ArrayList<>();

    /** The store as the command sees it: rows with their metadata, streamed through the request's filter. */
    private record Row(ExportCandidate candidate, String tuid, double confidence, Map<Language, String> texts) {}

    private static final List<Row> STORE = List.of(
            new Row(
                    new ExportCandidate("thai-binh-dan-van", LocalDate.of(2024, 1, 5), "approved", 0.962, Set.of()),
                    "thai-binh-dan-van/fr-vi/0",
                    0.962,
                    Map.of(
                            Language.FR,
                                    "La mobilisation des masses est une tâche essentielle du Comité provincial du "
                                            + "Parti.",
                            Language.VI, "Dân vận là nhiệm vụ quan trọng của Tỉnh ủy.",
                            Language.EN, "Mass mobilization is an essential task of the Provincial Party Committee.")),
            new Row(
                    new ExportCandidate("thai-binh-dan-van", LocalDate.of(2024, 1, 5), "pending", 0.95, Set.of()),
                    "thai-binh-dan-van/fr-vi/5",
                    0.95,
                    Map.of(Language.FR, "Attente.", Language.VI, "Chờ.", Language.EN, "Pending.")),
            new Row(
                    new ExportCandidate("thai-binh-dan-van", LocalDate.of(2024, 1, 5), "approved", 0.871, Set.of()),
                    "thai-binh-dan-van/fr-vi/1",
                    0.871,
                    Map.of(
                            Language.FR, "M. Nguyen Tien Thanh a présidé la réunion. Elle a duré deux heures.",
                            Language.VI, "Ông Nguyễn Tiến Thành chủ trì cuộc họp kéo dài hai giờ.",
                            Language.EN, "Mr Nguyen Tien Thanh chaired the two-hour meeting.")));

    private void streamStore(ExportRequest request, Consumer<TranslationUnit> sink) {
        requests.add(request);
        for (Row row : STORE) {
            if (request.filter().test(row.candidate())) {
                Map<Language, String> texts = new EnumMap<>(Language.class);
                request.pair()
                        .languages()
                        .forEach(language -> texts.put(language, row.texts().get(language)));
                sink.accept(TmxWriterTest.unit(row.tuid(), request.codes(), row.confidence(), texts));
            }
        }
    }

    private int run(TmxUnitSource source, TmxExportSettings settings, String... args) {
        return new CommandLine(new ExportTmxCommand(source, settings))
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(args);
    }

    private int run(String... args) {
        return run(this::streamStore, new TmxExportSettings(TmxLanguageCodes.plain(), "1.0", Clock.systemUTC()), args);
    }

    private List<Path> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void exportsApprovedUnitsByDefaultAsTheGoldenFileSays() throws IOException {
        Path file = folder.resolve("memory.tmx");

        assertThat(run("--pair", "fr-vi", "--out", file.toString())).isZero();

        byte[] tmx = Files.readAllBytes(file);
        assertThat(TmxWriterTest.normalised(new String(tmx, StandardCharsets.UTF_8)))
                .isEqualTo(TmxWriterTest.normalised(TmxWriterTest.golden("fr-vi.tmx")));
        DtdValidator.validate(tmx);
        assertThat(OkapiReadBack.read(tmx, "fr", "vi")).hasSize(2);
        assertThat(out.toString())
                .isEqualTo("export-tmx: wrote 2 unit(s) (fr-vi, approved) to " + file + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
        assertThat(filesInFolder()).containsExactly(file);
    }

    @Test
    void passesEveryOptionToTheSourceAndWritesTheConfiguredCodes() throws IOException {
        Path file = folder.resolve("all.tmx");
        TmxExportSettings regional = new TmxExportSettings(
                TmxLanguageCodes.regional(), "2.3", Clock.fixed(TmxWriterTest.CREATED, ZoneOffset.UTC));

        int status = run(
                this::streamStore,
                regional,
                "--pair",
                "fr-vi-en",
                "--out",
                file.toString(),
                "--status",
                "any",
                "--min-confidence",
                "0.9",
                "--article",
                "a",
                "--article",
                "thai-binh-dan-van",
                "--from",
                "2024-01-01",
                "--to",
                "2024-01-31",
                "--exclude-findings",
                "TYPOS",
                "--exclude-findings",
                "grammar");

        assertThat(status).isZero();
        assertThat(requests)
                .containsExactly(new ExportRequest(
                        TmxPair.FR_VI_EN,
                        new TmxExportFilter(
                                false,
                                0.9,
                                Set.of("a", "thai-binh-dan-van"),
                                LocalDate.of(2024, 1, 1),
                                LocalDate.of(2024, 1, 31),
                                Set.of("TYPOS", "GRAMMAR")),
                        TmxLanguageCodes.regional()));
        byte[] tmx = Files.readAllBytes(file);
        String text = new String(tmx, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("creationtoolversion=\"2.3\"")
                .contains("srclang=\"fr-FR\"")
                .contains("creationdate=\"20231221T093000Z\"/>")
                .contains("<tuv xml:lang=\"vi-VN\"><seg>Chờ.</seg>")
                .contains("<tuv xml:lang=\"en-US\"><seg>Pending.</seg>");
        DtdValidator.validate(tmx);
        assertThat(OkapiReadBack.read(tmx, "fr-FR", "vi-VN"))
                .extracting(OkapiReadBack.OkapiUnit::tuid)
                .containsExactly("thai-binh-dan-van/fr-vi/0", "thai-binh-dan-van/fr-vi/5");
        assertThat(out.toString()).contains("wrote 2 unit(s) (fr-vi-en, any status)");
    }

    @Test
    void replacesAnExistingFileOnlyWhenTheExportSucceeds() throws IOException {
        Path file = Files.writeString(folder.resolve("memory.tmx"), "previous export");

        int failed = run(
                (request, sink) -> {
                    streamStore(request, sink);
                    throw new IllegalStateException("connection to the store lost");
                },
                TmxExportSettings.defaults(),
                "--pair",
                "fr-vi",
                "--out",
                file.toString(),
                "--force");

        assertThat(failed).isNotZero();
        assertThat(Files.readString(file)).isEqualTo("previous export");
        assertThat(filesInFolder()).containsExactly(file);

        assertThat(run("--pair", "fr-vi", "--out", file.toString(), "--force")).isZero();
        assertThat(Files.readString(file)).contains("<tmx version=\"1.4\">");
        assertThat(filesInFolder()).containsExactly(file);
    }

    @Test
    void refusesToOverwriteAnExistingFileWithoutForce() throws IOException {
        Path file = Files.writeString(folder.resolve("memory.tmx"), "previous export");

        assertThat(run("--pair", "fr-vi", "--out", file.toString())).isEqualTo(2);

        assertThat(err.toString())
                .isEqualTo("export-tmx: --out " + file.toAbsolutePath() + " exists; give --force to replace it"
                        + System.lineSeparator());
        assertThat(requests).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("previous export");
        assertThat(filesInFolder()).containsExactly(file);
    }

    @Test
    void refusesATargetThatIsNotARegularFileEvenWithForce() throws IOException {
        Path target = Files.writeString(folder.resolve("elsewhere.txt"), "kept");
        Path link = Files.createSymbolicLink(folder.resolve("memory.tmx"), target);

        assertThat(run("--pair", "fr-vi", "--out", link.toString(), "--force")).isEqualTo(2);
        assertThat(err.toString()).contains("is not a regular file");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("kept");

        Path device = Path.of("/dev/null");
        if (Files.exists(device)) {
            assertThat(run("--pair", "fr-vi", "--out", device.toString(), "--force"))
                    .isEqualTo(2);
            assertThat(err.toString()).contains("--out /dev/null exists and is not a regular file");
        }
        assertThat(requests).isEmpty();
        assertThat(filesInFolder()).containsExactlyInAnyOrder(target, link);
    }

    @Test
    void aBadUnitFromTheSourceLeavesNoFileBehind() throws IOException {
        Path file = folder.resolve("memory.tmx");
        TmxUnitSource wrongCodes = (request, sink) -> sink.accept(TmxWriterTest.unit(
                "t/fr-vi/0", TmxLanguageCodes.regional(), 0.5, Map.of(Language.FR, "Oui.", Language.VI, "Vâng.")));

        assertThat(run(wrongCodes, TmxExportSettings.defaults(), "--pair", "fr-vi", "--out", file.toString()))
                .isEqualTo(1);
        assertThat(err.toString())
                .contains("export-tmx: bad unit from the store, nothing written")
                .contains("has variants [fr-FR, vi-VN], expected [fr, vi] for fr-vi");
        assertThat(filesInFolder()).isEmpty();
    }

    @Test
    void aUnitOutsideThePairLeavesNoFileBehind() throws IOException {
        Path file = folder.resolve("memory.tmx");
        TmxUnitSource pairOnly = (request, sink) -> sink.accept(TmxWriterTest.unit(
                "t/fr-vi/0", request.codes(), 0.5, Map.of(Language.FR, "Oui.", Language.VI, "Vâng.")));

        assertThat(run(pairOnly, TmxExportSettings.defaults(), "--pair", "fr-vi-en", "--out", file.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("unit t/fr-vi/0 has variants [fr, vi], expected [fr, vi, en] for fr-vi-en");
        assertThat(filesInFolder()).isEmpty();
    }

    @Test
    void rejectsAnUnknownPair() throws IOException {
        assertThat(run("--pair", "fr-de", "--out", folder.resolve("x.tmx").toString()))
                .isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo(
                        "export-tmx: unknown pair 'fr-de' (expected fr-vi, fr-en, fr-vi-en)" + System.lineSeparator());
        assertThat(requests).isEmpty();
        assertThat(filesInFolder()).isEmpty();
    }

    @Test
    void rejectsAnUnknownStatus() throws IOException {
        assertThat(run(
                        "--pair",
                        "fr-vi",
                        "--status",
                        "reviewed",
                        "--out",
                        folder.resolve("x.tmx").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("unknown status 'reviewed' (expected approved or any)");
        assertThat(filesInFolder()).isEmpty();
    }

    @Test
    void rejectsAConfidenceOutsideZeroToOne() throws IOException {
        assertThat(run(
                        "--pair",
                        "fr-vi",
                        "--min-confidence",
                        "1.5",
                        "--out",
                        folder.resolve("x.tmx").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("minimum confidence must be within [0, 1], got 1.5");
        assertThat(run(
                        "--pair",
                        "fr-vi",
                        "--min-confidence",
                        "-0.2",
                        "--out",
                        folder.resolve("x.tmx").toString()))
                .isEqualTo(2);
        assertThat(run(
                        "--pair",
                        "fr-vi",
                        "--min-confidence",
                        "high",
                        "--out",
                        folder.resolve("x.tmx").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("'high'");
        assertThat(requests).isEmpty();
        assertThat(filesInFolder()).isEmpty();
    }

    @Test
    void rejectsAnEmptyOrMalformedDateRange() throws IOException {
        Path file = folder.resolve("x.tmx");
        assertThat(run("--pair", "fr-vi", "--from", "2024-02-01", "--to", "2024-01-01", "--out", file.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("date range is empty");
        assertThat(run("--pair", "fr-vi", "--from", "01/02/2024", "--out", file.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("01/02/2024");
        assertThat(filesInFolder()).isEmpty();
    }

    @Test
    void rejectsAnOutputItCannotWrite() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("plain.txt"), "x");

        assertThat(run(
                        "--pair",
                        "fr-vi",
                        "--out",
                        folder.resolve("missing/x.tmx").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("cannot write").contains("does not exist");
        assertThat(run("--pair", "fr-vi", "--out", notAFolder.resolve("x.tmx").toString()))
                .isEqualTo(2);
        assertThat(run("--pair", "fr-vi", "--out", folder.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is a folder");
        assertThat(requests).isEmpty();
        assertThat(filesInFolder()).containsExactly(notAFolder);
    }

    @Test
    void requiresPairAndOut() {
        assertThat(run("--out", folder.resolve("x.tmx").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--pair");
        assertThat(run("--pair", "fr-vi")).isEqualTo(2);
        assertThat(err.toString()).contains("--out");
    }
}
