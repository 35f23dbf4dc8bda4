package org.songngu.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.songngu.corpus.HtmlTextExtractor;
import org.songngu.corpus.Language;
import org.songngu.segment.SentenceSplitter;

/**
 * French articles for the quality benchmark: the body sentences of the project's corpus
 * ({@code corpus/*}{@code /fr.txt|fr.html}) with their numbers, dates, months, people and places
 * changed, mixed with {@link NewsTextGenerator}'s sentences, so that no two body sentences are the
 * same; optionally with the repeated site lines of the corpus pages ("Source", "Comment (0)",
 * "Footer Banner …") that scraped articles carry. Deterministic for a seed. Not thread-safe.
 */
final class BenchmarkCorpus {

    /** A number, unless it is an ordinal ("1er") or a day before a month (changed with the month). */
    private static final Pattern NUMBER = Pattern.compile("\\d+(?!\\d|er\\b| "
            + "(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))");

    private static final Pattern DAY = Pattern.compile(
            "\\b\\d{1,2}(?= (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))");
    private static final Pattern MONTH = Pattern.compile(
            "\\b(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\\b");
    /** People and places of the corpus articles, and what they are replaced with. */
    private static final List<String> CORPUS_PEOPLE = List.of(
            "Nguyen Tien Thanh", "Nguyen Van Giang", "Tran Quoc Hung", "Nguyen Thi Lan", "Xuan Bac", "Hoang Anh");

    private static final List<String> CORPUS_PLACES = List.of(
            "Thai Binh", "Hung Yen", "Ninh Binh", "Van Giang", "Khoai Chau", "Kim Dong", "Hoan Kiem", "Gia Lai");
    private static final String[] PEOPLE = {
        "Nguyen Tien Thanh",
        "Tran Van Hung",
        "Le Thi Hoa",
        "Pham Minh Chinh",
        "Vo Van Thuong",
        "Dang Quoc Khanh",
        "Bui Thanh Son",
        "Hoang Trung Hai",
        "Ngo Xuan Lich",
        "Huynh Tan Phat",
        "Do Van Chien",
        "Duong Thanh Binh",
        "Luong Cuong",
        "Truong Thi Mai",
        "Phan Van Giang",
        "Vu Duc Dam",
        "Dinh Tien Dung",
        "Ha Thi Nga",
        "Trinh Van Quyet",
        "Ly Quoc Tuan",
        "Mai Van Chinh",
        "Nguyen Thi Thu Ha"
    };
    private static final String[] PLACES = {
        "Thai Binh",
        "Nam Dinh",
        "Ha Tinh",
        "Quang Ninh",
        "Thanh Hoa",
        "Nghe An",
        "Bac Ninh",
        "Lao Cai",
        "Son La",
        "Dien Bien",
        "Ca Mau",
        "Ben Tre",
        "Long An",
        "Dong Thap",
        "Hung Yen",
        "Kon Tum",
        "Quang Tri",
        "Hai Duong",
        "Vinh Phuc",
        "Phu Tho",
        "Tuyen Quang",
        "Ninh Binh"
    };
    private static final String[] MONTHS = {
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

    /** One article: its French sentences and the names its Vietnamese version would hold. */
    record Article(List<String> sentences, List<String> names) {}

    private final List<String> bodySentences = new ArrayList<>();
    private final List<String> siteLines = new ArrayList<>();
    private final Random random;
    private final NewsTextGenerator generator;

    BenchmarkCorpus(Path corpusDir, long seed) {
        this.random = new Random(seed);
        this.generator = new NewsTextGenerator(seed, false);
        SentenceSplitter splitter = SentenceSplitter.forLanguage(Language.FR);
        Set<String> body = new LinkedHashSet<>();
        Set<String> site = new LinkedHashSet<>();
        for (List<String> paragraphs : frenchPages(corpusDir)) {
            for (String paragraph : paragraphs) {
                for (String sentence : splitter.split(paragraph)) {
                    (isBody(sentence) ? body : site).add(sentence);
                }
            }
        }
        bodySentences.addAll(body);
        siteLines.addAll(site);
        if (bodySentences.size() < 50 || siteLines.isEmpty()) {
            throw new IllegalStateException(
                    "too few corpus sentences under " + corpusDir + ": " + bodySentences.size());
        }
    }

    int corpusSentences() {
        return bodySentences.size();
    }

    /**
     * Articles of 20–40 lines totalling at least {@code sentences} lines; body sentences are never
     * repeated, neither within this call nor with {@code taken} (which collects them). With
     * {@code boilerplate}, about one line in five is a site line, and those do repeat.
     */
    List<Article> articles(int sentences, boolean boilerplate, Set<String> taken) {
        List<Article> articles = new ArrayList<>();
        int total = 0;
        while (total < sentences) {
            String person = pick(PEOPLE);
            String place = pick(PLACES);
            int length = 20 + random.nextInt(21);
            List<String> lines = new ArrayList<>();
            while (lines.size() < length) {
                if (boilerplate && random.nextInt(5) == 0) {
                    lines.add(siteLines.get(random.nextInt(siteLines.size())));
                    continue;
                }
                String sentence = random.nextBoolean() ? varied(person, place) : generator.sentence(person, place);
                if (taken.add(sentence)) {
                    lines.add(sentence);
                }
            }
            articles.add(new Article(lines, List.of(person, place)));
            total += lines.size();
        }
        return articles;
    }

    /** A corpus body sentence with its numbers, months, people and places changed. */
    private String varied(String person, String place) {
        String sentence = bodySentences.get(random.nextInt(bodySentences.size()));
        for (String name : CORPUS_PEOPLE) {
            sentence = sentence.replace(name, random.nextInt(3) == 0 ? pick(PEOPLE) : person);
        }
        for (String name : CORPUS_PLACES) {
            sentence = sentence.replace(name, random.nextInt(3) == 0 ? pick(PLACES) : place);
        }
        sentence = replaceAll(MONTH, sentence, match -> pick(MONTHS));
        sentence = replaceAll(DAY, sentence, match -> String.valueOf(1 + random.nextInt(28)));
        return replaceAll(NUMBER, sentence, this::number);
    }

    /** A number of the same digit count (years stay plausible years). */
    private String number(String digits) {
        if (digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"))) {
            return String.valueOf(2010 + random.nextInt(20));
        }
        int low = digits.length() == 1 ? 1 : (int) Math.pow(10, digits.length() - 1);
        int high = (int) Math.min(Integer.MAX_VALUE, Math.pow(10, digits.length()));
        return String.valueOf(low + random.nextInt(high - low));
    }

    private static String replaceAll(Pattern pattern, String text, java.util.function.UnaryOperator<String> with) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(with.apply(matcher.group())));
        }
        return matcher.appendTail(out).toString();
    }

    /** A sentence of the article body rather than a line of site chrome: six words or more. */
    private static boolean isBody(String sentence) {
        return sentence.split("\\s+").length >= 6 && !sentence.contains("Footer Banner");
    }

    private static List<List<String>> frenchPages(Path corpusDir) {
        List<List<String>> pages = new ArrayList<>();
        try (Stream<Path> folders = Files.list(corpusDir)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                Path txt = folder.resolve("fr.txt");
                Path html = folder.resolve("fr.html");
                if (Files.exists(txt)) {
                    pages.add(List.of(
                            Files.readString(txt, StandardCharsets.UTF_8).split("\\n\\s*\\n|\\n")));
                } else if (Files.exists(html)) {
                    pages.add(HtmlTextExtractor.paragraphs(Files.readString(html, StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** How many of the articles' lines are distinct. */
    static long distinct(List<Article> articles) {
        return articles.stream()
                .flatMap(article -> article.sentences().stream())
                .collect(java.util.stream.Collectors.toCollection(HashSet::new))
                .size();
    }
}
