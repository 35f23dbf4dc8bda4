package org.songngu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.songngu.corpus.ArticleIngestor;
import org.songngu.corpus.CorpusScanner;
import org.songngu.corpus.IngestResult;
import org.songngu.corpus.IngestSettings;
import org.songngu.corpus.IngestedArticle;
import org.songngu.corpus.Language;
import org.songngu.corpus.MetadataLine;
import org.songngu.corpus.MetadataRules;
import org.songngu.corpus.MetadataTemplates;
import org.songngu.corpus.TextNormalizer;

/**
 * Measures metadata detection on a labelled corpus built from {@code corpus/}: every article gets,
 * in each language, per-article metadata lines of the kinds issue 24 names (date and reading time,
 * author and agency, photo credit, view counter) with dates, counts and authors varying from
 * article to article, plus one site-specific reference line no rule knows (for the templates).
 * The meta files lose their {@code date} (the publication date must come from the metadata) and
 * all name one site.
 *
 * <pre>
 * MetadataBenchmark build CORPUS OUT [EVAL_DIR]   writes OUT/corpus and OUT/labels.tsv, prints P/R
 * MetadataBenchmark tmx OUT FILE.tmx BASELINE.tmx checks a TMX export of OUT/corpus against the labels
 * </pre>
 *
 * Content lines are the paragraphs of the original articles; a line set aside that is not an
 * inserted one counts as content wrongly set aside, unless the pipeline before this change already
 * dropped it as chrome (a date-only line such as "Việt NamViệt Nam21/12/2023"): those were never
 * in the memory. With EVAL_DIR (the development gold sets, read in place), every sentence of their
 * French, Vietnamese and English files is also run through the rules: all of them are content.
 */
public final class MetadataBenchmark {

    private static final String SITE = "https://www.vietnam.vn/";
    /** The date-only chrome rule of boilerplate-common.txt before this change: what it dropped was never content. */
    private static final Pattern OLD_DATE_CHROME = Pattern.compile(
            "[\\p{L}\\s,.-]{0,40}\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}(\\s*[-|,]?\\s*\\d{1,2}[:h]\\d{2}(:\\d{2})?)?"
                    + "(\\s*\\(?GMT\\s*[+-]\\s*\\d{1,2}\\)?)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final String[][] AUTHORS = {
        {"Minh Chau", "Minh Châu"},
        {"Lan Anh", "Lan Anh"},
        {"Thu Trang", "Thu Trang"},
        {"Nguyen Van Hung", "Nguyễn Văn Hùng"},
        {"Pham Thi Hoa", "Phạm Thị Hoa"}
    };

    /** One inserted line: where it goes and what it is. */
    record Label(String article, Language language, String kind, String text) {}

    private MetadataBenchmark() {}

    public static void main(String[] args) throws IOException {
        if (args.length >= 3 && args[0].equals("build")) {
            build(Path.of(args[1]), Path.of(args[2]), args.length > 3 ? Path.of(args[3]) : null);
        } else if (args.length == 4 && args[0].equals("tmx")) {
            tmx(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
        } else {
            System.err.println("usage: MetadataBenchmark build CORPUS OUT [EVAL_DIR] | tmx OUT FILE.tmx BASELINE.tmx");
            System.exit(2);
        }
    }

    // ---------------------------------------------------------------- build and measure detection

    static void build(Path source, Path out, Path eval) throws IOException {
        Path corpus = out.resolve("corpus");
        List<Label> labels = new ArrayList<>();
        Map<String, LocalDate> dates = new TreeMap<>();
        List<Path> articles;
        try (Stream<Path> list = Files.list(source)) {
            articles = list.filter(Files::isDirectory).sorted().toList();
        }
        for (int i = 0; i < articles.size(); i++) {
            Path from = articles.get(i);
            String id = from.getFileName().toString();
            Path to = Files.createDirectories(corpus.resolve(id));
            Properties meta = new Properties();
            try (var reader = Files.newBufferedReader(from.resolve("meta.properties"), StandardCharsets.UTF_8)) {
                meta.load(reader);
            }
            LocalDate published = LocalDate.parse(meta.getProperty("date"));
            dates.put(id, published);
            Files.writeString(
                    to.resolve("meta.properties"),
                    "title=" + meta.getProperty("title") + "\nsource=" + SITE + id + "\n",
                    StandardCharsets.UTF_8);
            for (Language language : Language.values()) {
                for (String extension : List.of("txt", "html")) {
                    Path file = from.resolve(language.code() + "." + extension);
                    if (Files.exists(file)) {
                        List<Label> inserted = lines(id, language, i, published);
                        labels.addAll(inserted);
                        String text = Files.readString(file, StandardCharsets.UTF_8);
                        Files.writeString(
                                to.resolve(file.getFileName()),
                                extension.equals("txt") ? insertText(text, inserted) : insertHtml(text, inserted),
                                StandardCharsets.UTF_8);
                    }
                }
            }
        }
        List<String> tsv = new ArrayList<>();
        labels.forEach(label ->
                tsv.add(label.article() + "\t" + label.language().code() + "\t" + label.kind() + "\t" + label.text()));
        Files.write(out.resolve("labels.tsv"), tsv, StandardCharsets.UTF_8);

        IngestResult original = ArticleIngestor.ingestAll(CorpusScanner.scan(source), IngestSettings.defaults());
        IngestResult labelled = ArticleIngestor.ingestAll(CorpusScanner.scan(corpus), IngestSettings.defaults());
        report(original, labelled, labels, dates);
        if (eval != null) {
            evalSets(eval);
        }
    }

    /** The lines inserted into article number {@code i}: five kinds, values varying with {@code i}. */
    static List<Label> lines(String id, Language language, int i, LocalDate published) {
        LocalDate updated = published.plusDays(1 + i % 3);
        String day = String.format(
                Locale.ROOT, "%02d/%02d/%d", updated.getDayOfMonth(), updated.getMonthValue(), updated.getYear());
        String time = String.format(Locale.ROOT, "%02d:%02d", 7 + 2 * i, 5 + 11 * i);
        int minutes = 2 + i;
        int reads = 987 + 1234 * i * i;
        String author = AUTHORS[i % AUTHORS.length][language == Language.VI ? 1 : 0];
        String reference = String.format(Locale.ROOT, "VNA-%d-%04d", updated.getYear(), 312 + 97 * i);
        List<Label> labels = new ArrayList<>();
        switch (language) {
            case FR -> {
                labels.add(new Label(
                        id,
                        language,
                        "date",
                        "Mis à jour le " + day + " à " + time + " – Lecture " + minutes + " min"));
                labels.add(
                        new Label(id, language, "author", i % 2 == 0 ? "Par " + author + " – VNA" : author + "/VNA"));
                labels.add(
                        new Label(id, language, "credit", i % 2 == 0 ? "Photo : VNA" : "Photo : " + author + "/VNA"));
                labels.add(new Label(id, language, "counter", group(reads, ' ') + " lectures"));
                labels.add(new Label(id, language, "other", "Réf. " + reference));
            }
            case VI -> {
                labels.add(new Label(
                        id, language, "date", "Cập nhật: " + time + ", " + day + " | " + minutes + " phút đọc"));
                labels.add(
                        new Label(id, language, "author", i % 2 == 0 ? author + " (TTXVN)" : "Bài và ảnh: " + author));
                labels.add(new Label(id, language, "credit", i % 2 == 0 ? "Ảnh: TTXVN" : "Theo TTXVN"));
                labels.add(new Label(id, language, "counter", group(reads, '.') + " lượt đọc"));
                labels.add(new Label(id, language, "other", "Mã tin: " + reference));
            }
            case EN -> {
                labels.add(new Label(
                        id, language, "date", "Updated " + time + ", " + day + " | " + minutes + " min read"));
                labels.add(new Label(id, language, "author", i % 2 == 0 ? "By " + author + " – VNA" : author + "/VNA"));
                labels.add(new Label(id, language, "credit", i % 2 == 0 ? "Photo: VNA" : "Photo: " + author + "/VNA"));
                labels.add(new Label(id, language, "counter", group(reads, ',') + " views"));
                labels.add(new Label(id, language, "other", "Ref. " + reference));
            }
            default -> throw new IllegalStateException();
        }
        return labels;
    }

    private static String group(int number, char separator) {
        String digits = Integer.toString(number);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(separator);
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }

    /**
     * A text file: date and author after the title line (the second non-blank line, after the site
     * title), the credit after the first body paragraph, the counter and reference line after the
     * fifth paragraph, well before the end-of-article chrome.
     */
    static String insertText(String text, List<Label> labels) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        List<Integer> nonBlank = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                nonBlank.add(i);
            }
        }
        Map<Integer, List<String>> after = new TreeMap<>();
        after.put(nonBlank.get(1), List.of(labels.get(0).text(), labels.get(1).text()));
        after.put(nonBlank.get(3), List.of(labels.get(2).text()));
        after.put(nonBlank.get(6), List.of(labels.get(3).text(), labels.get(4).text()));
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            result.append(lines.get(i));
            if (i < lines.size() - 1 || after.containsKey(i)) {
                result.append('\n');
            }
            for (String line : after.getOrDefault(i, List.of())) {
                result.append('\n').append(line).append('\n');
            }
        }
        return result.toString();
    }

    /** An HTML page: the same lines as paragraphs of its {@code <article>}. */
    static String insertHtml(String html, List<Label> labels) {
        String result = html.replaceFirst(
                "</h1>",
                Matcher.quoteReplacement(
                        "</h1>\n<p class=\"updated\">" + escape(labels.get(0).text()) + "</p>\n<p class=\"byline\">"
                                + escape(labels.get(1).text()) + "</p>"));
        result = result.replaceFirst(
                "</figcaption>",
                Matcher.quoteReplacement(" <span>" + escape(labels.get(2).text()) + "</span></figcaption>"));
        int paragraphs = 0;
        int at = result.indexOf("</h1>");
        while (paragraphs < 4) {
            at = result.indexOf("</p>", at + 1);
            paragraphs++;
        }
        at += "</p>".length();
        return result.substring(0, at) + "\n<p class=\"views\">"
                + escape(labels.get(3).text()) + "</p>\n<p class=\"ref\">"
                + escape(labels.get(4).text()) + "</p>" + result.substring(at);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }

    private static void report(
            IngestResult original, IngestResult labelled, List<Label> labels, Map<String, LocalDate> dates) {
        if (!labelled.failures().isEmpty() || !original.failures().isEmpty()) {
            throw new IllegalStateException("articles failed: " + labelled.failures() + original.failures());
        }
        Map<String, Set<String>> inserted = new LinkedHashMap<>();
        for (Label label : labels) {
            inserted.computeIfAbsent(label.article() + "/" + label.language().code(), key -> new HashSet<>())
                    .add(TextNormalizer.normalize(label.text(), label.language()));
        }
        Map<String, int[]> byKind = new TreeMap<>();
        int wronglyAside = 0;
        int wasChrome = 0;
        List<String> wrong = new ArrayList<>();
        int contentLines = 0;
        int publicationRight = 0;
        for (IngestedArticle article : labelled.articles()) {
            IngestedArticle before = original.articles().stream()
                    .filter(a -> a.id().equals(article.id()))
                    .findFirst()
                    .orElseThrow();
            Map<Language, Set<String>> aside = new EnumMap<>(Language.class);
            for (MetadataLine line : article.metadata()) {
                if (line.inText()) {
                    aside.computeIfAbsent(line.language(), key -> new HashSet<>())
                            .add(line.text());
                }
            }
            for (Label label : labels.stream()
                    .filter(l -> l.article().equals(article.id()))
                    .toList()) {
                String text = TextNormalizer.normalize(label.text(), label.language());
                MetadataLine found = article.metadata().stream()
                        .filter(line -> line.language() == label.language()
                                && line.text().equals(text))
                        .findFirst()
                        .orElse(null);
                int[] counts = byKind.computeIfAbsent(label.language().code() + " " + label.kind(), key -> new int[3]);
                counts[0]++;
                if (found != null) {
                    counts[found.detectedBy() == MetadataLine.DetectedBy.TEMPLATE ? 2 : 1]++;
                }
            }
            for (MetadataLine line : article.metadata()) {
                Set<String> labelledLines = inserted.getOrDefault(
                        article.id() + "/" + line.language().code(), Set.of());
                if (!line.inText() || labelledLines.contains(line.text())) {
                    continue;
                }
                if (OLD_DATE_CHROME.matcher(line.text()).matches()) {
                    wasChrome++;
                } else {
                    wronglyAside++;
                    wrong.add(article.id() + " " + line.language().code() + " "
                            + line.kind().label() + ": " + line.text());
                }
            }
            contentLines += before.versions().values().stream()
                            .mapToInt(text -> text.paragraphs().size())
                            .sum()
                    + (int) before.metadata().stream()
                            .filter(MetadataLine::inText)
                            .count();
            if (article.published().filter(dates.get(article.id())::equals).isPresent()) {
                publicationRight++;
            }
        }
        int total = 0;
        int rules = 0;
        int templates = 0;
        System.out.println(
                "== metadata lines inserted into " + labelled.articles().size()
                        + " articles of corpus/ (fr, vi, en), found by rule / by template / missed");
        for (Map.Entry<String, int[]> entry : byKind.entrySet()) {
            int[] c = entry.getValue();
            System.out.printf(
                    Locale.ROOT,
                    "%-12s %3d inserted  %3d rule  %3d template  %3d missed%n",
                    entry.getKey(),
                    c[0],
                    c[1],
                    c[2],
                    c[0] - c[1] - c[2]);
            total += c[0];
            rules += c[1];
            templates += c[2];
        }
        int found = rules + templates;
        int setAside = found + wronglyAside;
        System.out.printf(
                Locale.ROOT,
                "all          %3d inserted  %3d rule  %3d template  %3d missed%n",
                total,
                rules,
                templates,
                total - found);
        System.out.printf(
                Locale.ROOT,
                "recall %.3f (rules alone %.3f), precision %.3f: %d of %d content lines of "
                        + "corpus/ wrongly set aside%n",
                found / (double) total,
                rules / (double) total,
                setAside == 0 ? 1.0 : found / (double) setAside,
                wronglyAside,
                contentLines);
        wrong.forEach(line -> System.out.println("  wrongly set aside: " + line));
        System.out.println("date-only lines of corpus/ set aside that were dropped as chrome before: " + wasChrome);
        System.out.println("publication date from metadata (meta.properties without date): " + publicationRight + " of "
                + labelled.articles().size() + " right");
        System.out.println("templates learned:");
        for (MetadataTemplates.Template template : labelled.templates().all()) {
            System.out.println("  " + template.language().code() + " " + template.site() + " "
                    + template.kind().label() + " (" + template.articles() + " articles): " + template.shape()
                    + "   e.g. " + template.example());
        }
    }

    /** Every sentence of the development sets through the rules: they are all content. */
    private static void evalSets(Path eval) throws IOException {
        MetadataRules rules = MetadataRules.standard();
        Map<Language, int[]> counts = new EnumMap<>(Language.class);
        List<String> examples = new ArrayList<>();
        try (Stream<Path> sets = Files.list(eval)) {
            for (Path set : sets.filter(Files::isDirectory).sorted().toList()) {
                Path langs = set.resolve("LANGS");
                if (!Files.exists(langs)) {
                    continue;
                }
                String[] codes = Files.readString(langs).strip().split("\\s+");
                try (Stream<Path> files = Files.list(set)) {
                    for (Path file : files.sorted().toList()) {
                        String name = file.getFileName().toString();
                        String code = name.endsWith(".src") ? codes[0] : name.endsWith(".tgt") ? codes[1] : null;
                        if (code == null || !List.of("fr", "vi", "en").contains(code)) {
                            continue;
                        }
                        Language language = Language.fromCode(code);
                        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                            String text = TextNormalizer.normalize(line, language);
                            if (text.isEmpty()) {
                                continue;
                            }
                            int[] c = counts.computeIfAbsent(language, key -> new int[2]);
                            c[0]++;
                            if (rules.match(language, text).isPresent()) {
                                c[1]++;
                                if (examples.size() < 20) {
                                    examples.add(set.getFileName() + " " + code + ": " + text);
                                }
                            }
                        }
                    }
                }
            }
        }
        System.out.println("== rules over the sentences of the development sets (all content)");
        counts.forEach((language, c) -> System.out.printf(
                Locale.ROOT, "%s %6d sentences, %d taken for metadata%n", language.code(), c[0], c[1]));
        examples.forEach(example -> System.out.println("  " + example));
    }

    // ---------------------------------------------------------------- the TMX

    /**
     * Checks a TMX export of the labelled corpus: no unit may hold an inserted line, and every
     * French segment of the baseline export (the same corpus without the inserted lines) must be
     * in it: nothing of the content lost.
     */
    static void tmx(Path out, Path tmx, Path baseline) throws IOException {
        List<String> labels = Files.readAllLines(out.resolve("labels.tsv"), StandardCharsets.UTF_8);
        Set<String> segments = segments(tmx);
        Set<String> before = segments(baseline);
        int left = 0;
        for (String label : labels) {
            String[] parts = label.split("\t", 4);
            String text = TextNormalizer.normalize(parts[3], Language.fromCode(parts[1]));
            for (String segment : segments) {
                if (segment.contains(text)) {
                    left++;
                    System.out.println("  left in the TMX: " + text + "  in  " + segment);
                    break;
                }
            }
        }
        Set<String> lost = new HashSet<>(before);
        lost.removeAll(segments);
        List<String> texts = labels.stream()
                .map(label -> label.split("\t", 4))
                .map(parts -> TextNormalizer.normalize(parts[3], Language.fromCode(parts[1])))
                .toList();
        Matcher unit = Pattern.compile("<tu\\b.*?</tu>", Pattern.DOTALL).matcher(Files.readString(tmx));
        int units = 0;
        int unitsWithMetadata = 0;
        while (unit.find()) {
            units++;
            String body = unescape(unit.group());
            if (texts.stream().anyMatch(body::contains)) {
                unitsWithMetadata++;
            }
        }
        System.out.println("== TMX " + tmx.getFileName() + ": " + units + " units, " + unitsWithMetadata
                + " holding a metadata line; metadata lines left: " + left + " of " + labels.size()
                + "; segments of the export without metadata missing here: " + lost.size() + " of " + before.size());
        lost.stream().limit(10).forEach(segment -> System.out.println("  missing: " + segment));
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static Set<String> segments(Path tmx) throws IOException {
        Set<String> segments = new HashSet<>();
        Matcher seg = Pattern.compile("<seg>(.*?)</seg>", Pattern.DOTALL).matcher(Files.readString(tmx));
        while (seg.find()) {
            segments.add(unescape(seg.group(1)));
        }
        if (segments.isEmpty()) {
            throw new UncheckedIOException(new IOException(tmx + " holds no segment"));
        }
        return segments;
    }
}
