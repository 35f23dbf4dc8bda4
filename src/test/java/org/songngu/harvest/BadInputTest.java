package org.songngu.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;
import org.songngu.glossary.Glossary;

/** Damaged records, unknown encodings and huge pages: each reported in one line with its URL, the rest harvested. */
class BadInputTest {

    private static final Instant DATE = Instant.parse("2024-07-12T10:00:00Z");
    private static final String FR = "https://site.example.vn/fr/thai-binh.html";
    private static final String VI = "https://site.example.vn/thai-binh.html";
    private static final String EN = "https://site.example.vn/en/thai-binh.html";

    @TempDir
    Path dir;

    private final CrawlFixture samples = new CrawlFixture(Path.of("corpus"));

    private byte[] record(String url, String contentType, byte[] body, boolean gzip) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(
                java.nio.channels.Channels.newChannel(bytes), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            writer.write(CrawlFixture.response(url, contentType, body, DATE));
        }
        return bytes.toByteArray();
    }

    private byte[] article(String url, String lang, boolean gzip) throws IOException {
        String html = CrawlFixture.page(
                samples.paragraphs("thai-binh-dan-chu-co-so", lang),
                "Thai Binh " + lang,
                "2024-07-12",
                "",
                lang,
                "Báo Thái Bình");
        return record(url, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), gzip);
    }

    private HarvestResult harvest(Path warc, List<String> lines) {
        return new Harvester(HarvestSettings.defaults(), Glossary.empty())
                .harvest(
                        HarvestSources.of(warc, HarvestSettings.DEFAULT_MAX_PAGE_BYTES),
                        new HarvestFolder(dir.resolve("out")),
                        problem -> lines.add(problem.toString()));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void eachBadRecordIsOneLineWithItsUrlAndTheRestIsHarvested() throws Exception {
        for (boolean gzip : List.of(false, true)) {
            byte[] unknownEncoding = record(
                    "https://site.example.vn/klingon.html",
                    "text/html; charset=x-klingon",
                    "<html><body><p>nuqneH</p></body></html>".getBytes(StandardCharsets.US_ASCII),
                    gzip);
            byte[] huge = new byte[50 * 1024 * 1024];
            Arrays.fill(huge, (byte) 'a');
            byte[] hugePage = record("https://site.example.vn/huge.html", "text/html", huge, gzip);
            byte[] notUtf8 = record(
                    "https://site.example.vn/latin1.html",
                    "text/html",
                    "<p>d\u00e9mocratie</p>".getBytes(StandardCharsets.ISO_8859_1),
                    gzip);
            // a record whose header is damaged: its Content-Length is no number
            byte[] damaged = record(
                    "https://site.example.vn/damaged.html",
                    "text/html",
                    "<p>x</p>".getBytes(StandardCharsets.UTF_8),
                    false);
            String text = new String(damaged, StandardCharsets.ISO_8859_1)
                    .replaceFirst("Content-Length: \\d+", "Content-Length: many");
            damaged = text.getBytes(StandardCharsets.ISO_8859_1);
            if (gzip) {
                ByteArrayOutputStream zipped = new ByteArrayOutputStream();
                try (var out = new java.util.zip.GZIPOutputStream(zipped)) {
                    out.write(damaged);
                }
                damaged = zipped.toByteArray();
            }
            byte[] last = article("https://site.example.vn/en/cut.html", "en", gzip);
            byte[] truncated = Arrays.copyOf(last, last.length / 2);
            Path warc = dir.resolve(gzip ? "bad.warc.gz" : "bad.warc");
            Files.write(
                    warc,
                    concat(
                            article(FR, "fr", gzip),
                            unknownEncoding,
                            hugePage,
                            article(VI, "vi", gzip),
                            damaged,
                            notUtf8,
                            article(EN, "en", gzip),
                            truncated));

            List<String> lines = new ArrayList<>();
            HarvestResult result = harvest(warc, lines);

            lines.forEach(System.out::println);
            assertThat(lines).allMatch(line -> !line.contains("\n"));
            assertThat(lines)
                    .anyMatch(line ->
                            line.startsWith("https://site.example.vn/klingon.html: unknown encoding 'x-klingon'"));
            assertThat(lines)
                    .anyMatch(line ->
                            line.startsWith("https://site.example.vn/huge.html: page is over the limit of 5.0 MB"));
            assertThat(lines)
                    .anyMatch(line -> line.startsWith(
                            "https://site.example.vn/latin1.html: no encoding declared and not valid UTF-8"));
            assertThat(lines)
                    .anyMatch(line -> line.startsWith("https://site.example.vn/damaged.html: damaged WARC record"));
            assertThat(lines)
                    .anyMatch(line -> line.startsWith("https://site.example.vn/en/cut.html: damaged WARC record"));
            assertThat(lines).hasSize(5);
            assertThat(result.problems()).hasSize(5);
            assertThat(result.pairs()).extracting(PagePair::other).containsExactlyInAnyOrder(VI, EN);
            assertThat(result.accepted()).isEqualTo(2);
            assertThat(new HarvestFolder(dir.resolve("out")).problems()).hasSize(5);
        }
    }

    @Test
    void aFileThatIsNoWarcIsReportedAndNothingElseBreaks() throws Exception {
        Path warc = dir.resolve("not.warc");
        Files.writeString(warc, "this is not a WARC file at all\n");
        List<String> lines = new ArrayList<>();
        HarvestResult result = harvest(warc, lines);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith(warc.toString());
        assertThat(result.kept()).isZero();
    }
}
