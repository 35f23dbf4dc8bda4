package org.songngu.harvest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;
import org.songngu.corpus.AccentFolding;
import org.songngu.glossary.GlossaryCsvReader;

/**
 * The harvest at scale (bench/harvest/run.sh): generates a crawl of N pages (default 10,000) from
 * the sample articles, each article made distinct by its own facts (names, places, numbers, dates,
 * written the way each language writes them), on three sites (hreflang; /fr/ and /en/ markers;
 * nothing declared), with French pages without translation and Vietnamese and English decoys;
 * then harvests it and prints pages/s, peak heap, and pairing precision and recall.
 */
public final class HarvestBenchmark {

    private static final String[] SURNAMES = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phan", "Võ",
        "Trịnh", "Đinh", "Lương", "Mai", "Tạ"
    };
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Ngọc", "Xuân", "Công"
    };
    private static final String[] GIVEN = {
        "An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Hòa", "Khoa", "Lâm", "Long", "Nam", "Phong", "Quân", "Sơn",
        "Tâm", "Thắng", "Trung", "Tuấn", "Việt", "Vinh", "Hùng", "Lan", "Hương", "Thảo"
    };
    private static final String[] PLACES = {
        "Tân Phú",
        "Vũ Thư",
        "Kiến Xương",
        "Tiền Hải",
        "Đông Hưng",
        "Quỳnh Phụ",
        "Hưng Hà",
        "Thái Thụy",
        "Gia Viễn",
        "Hoa Lư",
        "Yên Mô",
        "Kim Sơn",
        "Nho Quan",
        "Văn Lâm",
        "Mỹ Hào",
        "Ân Thi",
        "Khoái Châu",
        "Phù Cừ",
        "Tiên Lữ",
        "Bình Thạnh",
        "Gò Vấp",
        "Thủ Đức",
        "Củ Chi",
        "Cần Giờ",
        "Hóc Môn"
    };
    private static final String[] FR_MONTHS = {
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre"
    };
    private static final String[] ARTICLES = {
        "thai-binh-dan-van", "thai-binh-dan-chu-co-so", "hung-yen-tiep-cong-dan", "ninh-binh-dan-van-kheo"
    };

    private HarvestBenchmark() {}

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("compare")) {
            compare(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
            return;
        }
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/bench-harvest");
        Files.createDirectories(dir);
        Path warc = dir.resolve("crawl.warc.gz");
        Set<String> gold = new HashSet<>();
        long generated = System.nanoTime();
        int articles = generate(pages, warc, gold);
        System.out.printf(
                Locale.ROOT,
                "generated %d pages (%d articles, %d true pairs) in %.1f s: %s (%.1f MB)%n",
                pages,
                articles,
                gold.size(),
                (System.nanoTime() - generated) / 1e9,
                warc,
                Files.size(warc) / 1e6);

        // with "lexicon": the aligner's lexicon as a previous run of the site would have stored it,
        // learned from the sample articles the crawl is made of (learning is not timed with the harvest)
        TranslatedWords lexicon = TranslatedWords.none();
        if (args.length > 2 && args[2].equals("lexicon")) {
            long learning = System.nanoTime();
            lexicon =
                    SampleLexicon.learn(Path.of("corpus"), new GlossaryCsvReader().read(Path.of("glossary")), ARTICLES);
            System.out.printf(
                    Locale.ROOT,
                    "lexicon: %d links, %s, in %.1f s%n",
                    lexicon.links(),
                    lexicon.source(),
                    (System.nanoTime() - learning) / 1e9);
        }
        Path out = dir.resolve("corpus");
        deleteTree(out);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        HarvestResult result = new Harvester(
                        HarvestSettings.defaults(), new GlossaryCsvReader().read(Path.of("glossary")), lexicon)
                .harvest(
                        HarvestSources.of(warc, HarvestSettings.DEFAULT_MAX_PAGE_BYTES),
                        new HarvestFolder(out),
                        p -> {});
        double seconds = (System.nanoTime() - start) / 1e9;
        // the harvest runs on this thread: its CPU time says what the page rate would be on an idle core
        double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();

        Set<String> accepted = new HashSet<>();
        Set<String> all = new HashSet<>();
        for (PagePair pair : result.pairs()) {
            String key = pair.french() + "\t" + pair.language().code() + "\t" + pair.other();
            all.add(key);
            if (pair.score() >= HarvestSettings.defaults().acceptScore()) {
                accepted.add(key);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "harvested %d pages in %.1f s wall (%.0f pages/s), %.1f s CPU of the harvest thread"
                        + " (%.0f pages/CPU-s); peak heap %.0f MB (max heap %.0f MB)%n",
                result.pagesRead(),
                seconds,
                result.pagesRead() / seconds,
                cpu,
                result.pagesRead() / cpu,
                peak / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
        System.out.printf(
                Locale.ROOT,
                "pairs: %d accepted, %d for review; %d pages unpaired; %d article folders%n",
                result.accepted(),
                result.forReview(),
                result.unpaired().size(),
                result.articles());
        report("accepted (corpus)", accepted, gold);
        report("accepted + review", all, gold);
    }

    /**
     * The index against its naive peer, side by side on one crawl: harvests interleaved (indexed,
     * exhaustive, indexed, ...), medians of the harvest thread's CPU time and of wall time.
     */
    static void compare(int pages, int rounds, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path warc = dir.resolve("compare.warc.gz");
        Set<String> gold = new HashSet<>();
        generate(pages, warc, gold);
        List<List<Double>> cpu = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Double>> wall = List.of(new ArrayList<>(), new ArrayList<>());
        String[] names = {"indexed candidates", "every page with every page"};
        Set<String>[] found = new Set[2];
        for (int round = 0; round < rounds; round++) {
            for (int peer = 0; peer < 2; peer++) {
                Path out = dir.resolve("compare-" + peer);
                deleteTree(out);
                long start = System.nanoTime();
                long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                HarvestResult result = new Harvester(
                                HarvestSettings.defaults(),
                                new GlossaryCsvReader().read(Path.of("glossary")),
                                peer == 1)
                        .harvest(
                                HarvestSources.of(warc, HarvestSettings.DEFAULT_MAX_PAGE_BYTES),
                                new HarvestFolder(out),
                                p -> {});
                cpu.get(peer).add((ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9);
                wall.get(peer).add((System.nanoTime() - start) / 1e9);
                found[peer] = new HashSet<>();
                for (PagePair pair : result.pairs()) {
                    if (pair.score() >= HarvestSettings.defaults().acceptScore()) {
                        found[peer].add(pair.french() + "\t" + pair.language().code() + "\t" + pair.other());
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d pages, %d rounds interleaved, medians:%n", pages, rounds);
        for (int peer = 0; peer < 2; peer++) {
            System.out.printf(
                    Locale.ROOT,
                    "%-28s CPU %.1f s  wall %.1f s%n",
                    names[peer],
                    median(cpu.get(peer)),
                    median(wall.get(peer)));
            report("  accepted", found[peer], gold);
        }
        System.out.printf(
                Locale.ROOT,
                "exhaustive / indexed: CPU x%.2f, wall x%.2f%n",
                median(cpu.get(1)) / median(cpu.get(0)),
                median(wall.get(1)) / median(wall.get(0)));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void report(String name, Set<String> found, Set<String> gold) {
        long correct = found.stream().filter(gold::contains).count();
        System.out.printf(
                Locale.ROOT,
                "%-18s precision %.4f (%d/%d)  recall %.4f (%d/%d)%n",
                name,
                found.isEmpty() ? 0 : (double) correct / found.size(),
                correct,
                found.size(),
                (double) correct / gold.size(),
                correct,
                gold.size());
    }

    /** Writes the crawl; answers how many articles it holds. */
    static int generate(int pages, Path warc, Set<String> gold) throws IOException {
        CrawlFixture samples = new CrawlFixture(Path.of("corpus"));
        Random random = new Random(21);
        int loners = pages / 25;
        int articles = (pages - 2 * loners) / 3;
        LocalDate first = LocalDate.of(2024, 1, 1);
        try (WarcWriter writer = new WarcWriter(
                Files.newByteChannel(
                        warc,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING),
                WarcCompression.GZIP)) {
            for (int a = 0; a < articles + loners; a++) {
                boolean frenchOnly = a >= articles;
                String base = ARTICLES[random.nextInt(ARTICLES.length)];
                LocalDate date = first.plusDays(random.nextInt(366));
                Facts facts = new Facts(random, date);
                int site = a % 3;
                String[] urls = urls(site, a, facts);
                String[] langs = {"fr", "vi", "en"};
                StringBuilder head = new StringBuilder();
                if (site == 0 && !frenchOnly) {
                    for (int l = 0; l < 3; l++) {
                        head.append("<link rel=\"alternate\" hreflang=\"")
                                .append(langs[l])
                                .append("\" href=\"")
                                .append(urls[l])
                                .append("\">\n");
                    }
                }
                for (int l = 0; l < (frenchOnly ? 1 : 3); l++) {
                    List<String> text = new ArrayList<>();
                    List<String> basis = samples.paragraphs(base, langs[l]);
                    int keep = 8 + random.nextInt(Math.max(1, basis.size() - 8));
                    text.addAll(basis.subList(0, Math.min(keep, basis.size())));
                    text.addAll(2, facts.in(langs[l]));
                    write(
                            writer,
                            urls[l],
                            CrawlFixture.page(
                                    text,
                                    facts.title(langs[l]),
                                    date.toString(),
                                    head.toString(),
                                    langs[l],
                                    "Site " + site),
                            date);
                }
                if (frenchOnly) {
                    // a decoy in Vietnamese or English: the same day and place, other people and figures
                    Facts other = new Facts(random, date);
                    other.place = facts.place;
                    String lang = a % 2 == 0 ? "vi" : "en";
                    List<String> text =
                            new ArrayList<>(samples.paragraphs(base, lang).subList(0, 10));
                    text.addAll(2, other.in(lang));
                    write(
                            writer,
                            "https://decoy" + site + ".example.vn/" + lang + "/" + a + "-" + other.slug() + ".html",
                            CrawlFixture.page(text, other.title(lang), date.toString(), "", lang, "Decoy"),
                            date);
                } else {
                    gold.add(urls[0] + "\tvi\t" + urls[1]);
                    gold.add(urls[0] + "\ten\t" + urls[2]);
                }
            }
        }
        return articles;
    }

    private static String[] urls(int site, int a, Facts facts) {
        String slug = facts.slug();
        return switch (site) {
            case 0 ->
                new String[] {
                    "https://www.site0.example.vn/fr/" + slug + "-" + (100_000 + 3 * a) + ".html",
                    "https://www.site0.example.vn/" + slug + "-tin-" + (100_001 + 3 * a) + ".html",
                    "https://www.site0.example.vn/en/" + slug + "-news-" + (100_002 + 3 * a) + ".html"
                };
            case 1 ->
                new String[] {
                    "https://site1.example.vn/fr/" + slug + "-" + a + ".html",
                    "https://site1.example.vn/" + slug + "-" + a + ".html",
                    "https://site1.example.vn/en/" + slug + "-" + a + ".html"
                };
            default ->
                new String[] {
                    "https://site2.example.vn/fr/actualites/" + a + "-article.html",
                    "https://site2.example.vn/thoi-su/bai-" + (a * 7 + 3) + ".html",
                    "https://site2.example.vn/en/news/story-" + (a * 11 + 5) + ".html"
                };
        };
    }

    private static void write(WarcWriter writer, String url, String html, LocalDate date) throws IOException {
        writer.write(CrawlFixture.response(
                url,
                "text/html; charset=utf-8",
                html.getBytes(StandardCharsets.UTF_8),
                Instant.parse(date + "T10:00:00Z")));
    }

    /** The facts that make one article its own: a person, a place, figures and a date, in each language's writing. */
    private static final class Facts {
        final String person;
        String place;
        final int files;
        final int tenths;
        final int households;
        final LocalDate date;

        Facts(Random random, LocalDate date) {
            person = SURNAMES[random.nextInt(SURNAMES.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                    + GIVEN[random.nextInt(GIVEN.length)];
            place = PLACES[random.nextInt(PLACES.length)];
            files = 1_000 + random.nextInt(98_000);
            tenths = 500 + random.nextInt(499);
            households = 12 + random.nextInt(980);
            this.date = date;
        }

        String slug() {
            return AccentFolding.fold(person + " " + place).replaceAll("[^a-z0-9]+", "-");
        }

        String title(String lang) {
            String folded = AccentFolding.fold(place);
            return switch (lang) {
                case "fr" -> "Le district de " + folded + " traite " + fr(files) + " dossiers";
                case "vi" -> "Huyện " + place + " giải quyết " + vi(files) + " hồ sơ";
                default -> folded + " district handles " + en(files) + " files";
            };
        }

        List<String> in(String lang) {
            String folded = capitalise(AccentFolding.fold(person));
            String where = capitalise(AccentFolding.fold(place));
            int day = date.getDayOfMonth();
            int month = date.getMonthValue();
            int year = date.getYear();
            String rate = (tenths / 10) + (lang.equals("en") ? "." : ",") + (tenths % 10);
            return switch (lang) {
                case "fr" ->
                    List.of(
                            "Le " + day + " " + FR_MONTHS[month - 1] + " " + year + ", M. " + folded
                                    + ", président du Comité populaire du district de " + where + ", a annoncé que "
                                    + fr(files)
                                    + " dossiers administratifs avaient été traités, soit un taux de " + rate
                                    + " % dans les délais.",
                            "Selon lui, " + households + " foyers de " + where + " ont bénéficié du programme.");
                case "vi" ->
                    List.of(
                            "Ngày " + day + "/" + month + "/" + year + ", ông " + person
                                    + ", Chủ tịch UBND huyện " + place + " cho biết đã giải quyết " + vi(files)
                                    + " hồ sơ hành chính, đạt tỷ lệ " + rate + "% đúng hạn.",
                            "Theo ông, " + households + " hộ gia đình ở " + place
                                    + " đã được hưởng lợi từ chương trình.");
                default ->
                    List.of(
                            "On "
                                    + java.time.Month.of(month)
                                            .getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                                    + " " + day + ", " + year + ", Mr. " + folded + ", Chairman of the " + where
                                    + " District People's Committee, announced that " + en(files)
                                    + " administrative files had been handled, an on-time rate of " + rate + "%.",
                            "According to him, " + households + " households in " + where
                                    + " benefited from the program.");
            };
        }

        private static String capitalise(String folded) {
            StringBuilder out = new StringBuilder();
            for (String word : folded.split(" ")) {
                out.append(out.length() == 0 ? "" : " ")
                        .append(Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1));
            }
            return out.toString();
        }

        private static String fr(int n) {
            return n >= 1000 ? n / 1000 + " " + String.format(Locale.ROOT, "%03d", n % 1000) : String.valueOf(n);
        }

        private static String vi(int n) {
            return n >= 1000 ? n / 1000 + "." + String.format(Locale.ROOT, "%03d", n % 1000) : String.valueOf(n);
        }

        private static String en(int n) {
            return n >= 1000 ? n / 1000 + "," + String.format(Locale.ROOT, "%03d", n % 1000) : String.valueOf(n);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path path :
                        walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
