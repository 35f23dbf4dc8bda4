package org.songngu.tmx;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.songngu.corpus.Language;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Scale check, not a test: streams N generated fr-vi-en units (default 1,000,000) into a TMX file
 * through {@link TmxWriter}, reads the file back with {@link TmxReader}, prints units per second and
 * peak heap for each, then validates the whole file against the TMX 1.4b DTD. Run it with a small heap ({@code
 * bench/tmx/run.sh} uses -Xmx64m): the units
 * are generated one at a time and never held, so a flat peak heap shows the writer keeps nothing.
 * Usage: {@code TmxExportBenchmark [units] [file]}.
 */
public final class TmxExportBenchmark {

    private static final String[] FRENCH = {
        "Le Comité provincial du Parti de Thai Binh a tenu sa conférence sur la mobilisation des masses",
        "M. Nguyen Tien Thanh, secrétaire adjoint, a présidé la séance du 21 décembre 2023",
        "Les délégués ont examiné le bilan de l'année et les objectifs pour 2024 & au-delà",
        "La province compte 1,8 million d'habitants répartis dans huit districts et une ville",
    };
    private static final String[] VIETNAMESE = {
        "Tỉnh ủy Thái Bình tổ chức hội nghị về công tác dân vận",
        "Đồng chí Nguyễn Tiến Thành, Phó Bí thư, chủ trì phiên họp ngày 21/12/2023",
        "Các đại biểu đã xem xét kết quả năm và mục tiêu cho năm 2024 và những năm tiếp theo",
        "Tỉnh có 1,8 triệu dân sinh sống tại tám huyện và một thành phố",
    };
    private static final String[] ENGLISH = {
        "The Thai Binh Provincial Party Committee held its conference on mass mobilization",
        "Deputy Secretary Nguyen Tien Thanh chaired the session on December 21, 2023",
        "Delegates reviewed the year's results and the targets for 2024 <and beyond>",
        "The province has 1.8 million inhabitants in eight districts and one city",
    };

    private TmxExportBenchmark() {}

    public static void main(String[] args) throws IOException {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path file = Path.of(args.length > 1 ? args[1] : "target/bench-tmx/export.tmx");
        Files.createDirectories(file.toAbsolutePath().getParent());
        TmxLanguageCodes codes = TmxLanguageCodes.regional();
        Instant created = Instant.parse("2024-01-05T09:30:00Z");

        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        try (TmxWriter writer =
                TmxWriter.open(Files.newOutputStream(file), TmxHeader.songngu("bench", "fr-FR", created))) {
            for (int i = 0; i < units; i++) {
                writer.write(unit(i, codes, created));
            }
        }
        report("write", units, System.nanoTime() - start, Files.size(file));

        System.gc();
        resetPeaks();
        AtomicLong characters = new AtomicLong();
        start = System.nanoTime();
        long read = new TmxReader()
                .read(
                        file,
                        entry -> characters.addAndGet(
                                entry.text(Language.VI).orElseThrow().length()));
        report("read", read, System.nanoTime() - start, Files.size(file));
        if (read != units) {
            throw new IllegalStateException("read " + read + " units back, wrote " + units);
        }
        start = System.nanoTime();
        long valid = validate(file);
        System.out.printf(
                Locale.ROOT,
                "valid against tmx14.dtd: %,d units checked in %.1f s%n",
                valid,
                (System.nanoTime() - start) / 1e9);
        System.out.printf(
                Locale.ROOT, "max heap %d MiB, file %s%n", Runtime.getRuntime().maxMemory() >> 20, file);
    }

    /** Streams the file through the JDK's validating SAX parser with the DTD from the test resources. */
    private static long validate(Path file) throws IOException {
        long[] units = {0};
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setValidating(true);
            factory.newSAXParser().parse(file.toFile(), new DefaultHandler() {
                @Override
                public InputSource resolveEntity(String publicId, String systemId) {
                    return new InputSource(TmxExportBenchmark.class.getResourceAsStream("tmx14.dtd"));
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void startElement(String uri, String localName, String name, Attributes attributes) {
                    if (name.equals("tu")) {
                        units[0]++;
                    }
                }
            });
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("export is not valid TMX 1.4b: " + e.getMessage(), e);
        }
        return units[0];
    }

    /** Unit {@code i}, built on demand: a different article every 50 beads, a merged bead every 7th. */
    private static TranslationUnit unit(int i, TmxLanguageCodes codes, Instant created) {
        int k = i % FRENCH.length;
        String article = "article-" + (i / 50);
        String french = FRENCH[k] + " (" + i + ").";
        if (i % 7 == 0) {
            french = french + " " + FRENCH[(k + 1) % FRENCH.length] + ".";
        }
        return new TranslationUnit(
                TmxPair.FR_VI_EN.tuid(article, i % 50),
                created,
                "reviewer-" + (i % 5),
                created,
                "reviewer-" + (i % 5),
                List.of(
                        TmxProperty.document(article, "https://example.org/fr/" + article + ".html"),
                        TmxProperty.confidence((i % 1000) / 1000.0),
                        TmxProperty.status("approved")),
                List.of(
                        codes.variant(Language.FR, french),
                        codes.variant(Language.VI, VIETNAMESE[k] + " (" + i + ")."),
                        codes.variant(Language.EN, ENGLISH[k] + " (" + i + ").")));
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of each heap pool's peak since the last reset: an upper bound of the peak heap in use. */
    private static long peakHeap() {
        return heapPools().stream()
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }

    private static void report(String what, long units, long nanos, long bytes) {
        double seconds = nanos / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%-5s %,d units in %.2f s: %,.0f units/s, %.1f MB/s, peak heap %.1f MiB (file %,d MB)%n",
                what,
                units,
                seconds,
                units / seconds,
                bytes / 1e6 / seconds,
                peakHeap() / 1048576.0,
                bytes / 1_000_000);
    }
}
