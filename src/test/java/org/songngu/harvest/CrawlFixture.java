package org.songngu.harvest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * A crawl of two sites made from the sample articles of {@code corpus/}, written with jwarc: site A
 * declares its translations with hreflang and carries a different id and slug per language; site B
 * declares nothing and uses /fr/ and /en/ path markers, ?lang= parameters, or only its content.
 * Around them: decoys on the same topic and date, a French page without translation, the same
 * page crawled twice and under a tracking parameter, an image, a request, a warcinfo record.
 */
final class CrawlFixture {

    static final String A = "https://www.vietnam.vn";
    static final String B = "https://baothaibinh.example.vn";

    /** The true pairs, "frenchUrl\tlang\totherUrl". */
    final Set<String> gold = new LinkedHashSet<>();
    /** Pages that must stay out of every pair. */
    final Set<String> loners = new LinkedHashSet<>();

    private final Path corpus;
    private final List<Page> pages = new ArrayList<>();

    record Page(String url, String html, String contentType, Instant date) {}

    CrawlFixture(Path corpus) {
        this.corpus = corpus;
        // Site A: hreflang, a different slug and id per language.
        siteA(
                "thai-binh-dan-van",
                "2023-12-21",
                "ameliorer-la-qualite-de-la-mobilisation-des-masses-4101",
                "nang-cao-chat-luong-cong-tac-dan-van-7702",
                "improving-mass-mobilization-work-9903");
        siteA(
                "hung-yen-tiep-cong-dan",
                "2024-08-15",
                "le-secretaire-recoit-les-citoyens-4120",
                "bi-thu-tinh-uy-tiep-cong-dan-7730",
                "party-secretary-receives-citizens-9931");
        // Site B: nothing declared.
        String slug = "/thai-binh-mot-nam-thuc-hien-luat-dan-chu-o-co-so.html";
        siteB("thai-binh-dan-chu-co-so", "2024-07-12", B + "/fr" + slug, B + slug, B + "/en" + slug);
        siteB(
                "ninh-binh-dan-van-kheo",
                "2024-10-29",
                B + "/news/view.php?id=58213&lang=fr",
                B + "/news/view.php?id=58213&lang=vi",
                B + "/news/view.php?id=58213&lang=en");
        siteB(
                "tphcm-mot-cua-truc-tuyen",
                "2024-03-15",
                B + "/fr/societe/le-1er-arrondissement-accelere-en-ligne-88120.html",
                B + "/xa-hoi/quan-1-day-manh-dich-vu-cong-truc-tuyen-71544.html",
                B + "/en/society/district-1-speeds-up-online-services-90377.html");
        decoys();
    }

    private void siteA(String article, String date, String fr, String vi, String en) {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("fr", A + "/fr/" + fr + ".html");
        urls.put("vi", A + "/" + vi + ".html");
        urls.put("en", A + "/en/" + en + ".html");
        StringBuilder alternates = new StringBuilder();
        urls.forEach((lang, url) -> alternates
                .append("<link rel=\"alternate\" hreflang=\"")
                .append(lang)
                .append(lang.equals("vi") ? "-VN" : "")
                .append("\" href=\"")
                .append(url)
                .append("\">\n"));
        for (String lang : urls.keySet()) {
            add(
                    urls.get(lang),
                    page(
                            paragraphs(article, lang),
                            title(article, lang),
                            date,
                            alternates.toString(),
                            lang,
                            "Vietnam.vn"),
                    date);
        }
        gold.add(urls.get("fr") + "\tvi\t" + urls.get("vi"));
        gold.add(urls.get("fr") + "\ten\t" + urls.get("en"));
    }

    private void siteB(String article, String date, String fr, String vi, String en) {
        Map<String, String> urls = Map.of("fr", fr, "vi", vi, "en", en);
        for (String lang : List.of("fr", "vi", "en")) {
            Path html = corpus.resolve(article).resolve(lang + ".html");
            String body = Files.exists(html)
                    ? read(html)
                    : page(paragraphs(article, lang), title(article, lang), date, "", lang, "Báo Thái Bình");
            add(urls.get(lang), body, date);
        }
        gold.add(fr + "\tvi\t" + vi);
        gold.add(fr + "\ten\t" + en);
    }

    /** Pages that share the topic, the place and the date of a true pair, but not its text. */
    private void decoys() {
        // Vietnamese and English decoys: Hung Yen's text moved to Thai Binh, on the date of the Thai Binh article.
        for (String lang : List.of("vi", "en")) {
            List<String> text = new ArrayList<>();
            for (String paragraph : paragraphs("hung-yen-tiep-cong-dan", lang)) {
                text.add(paragraph
                        .replace("Hưng Yên", "Thái Bình")
                        .replace("Hung Yen", "Thai Binh")
                        .replace("15/08/2024", "12/07/2024")
                        .replace("15/8/2024", "12/7/2024"));
            }
            String url = B + (lang.equals("vi") ? "" : "/en") + "/thai-binh-tiep-dan-dinh-ky-thang-7.html";
            add(url, page(text, "Thai Binh tiep dan " + lang, "2024-07-12", "", lang, "Báo Thái Bình"), "2024-07-12");
            loners.add(url);
        }
        // A French page with no translation: the Ninh Binh article's topic, other numbers, another day.
        List<String> french = new ArrayList<>();
        for (String paragraph : paragraphs("ninh-binh-dan-van-kheo", "fr")) {
            french.add(shiftNumbers(paragraph));
        }
        String onlyFrench = B + "/fr/ninh-binh-seminaire-sur-la-mobilisation-des-masses-58299.html";
        add(onlyFrench, page(french, "Ninh Binh : séminaire", "2024-10-30", "", "fr", "Báo Thái Bình"), "2024-10-30");
        loners.add(onlyFrench);
        // The same article crawled twice, and once more under a tracking parameter.
        Page first = pages.get(0);
        pages.add(new Page(
                first.url(), first.html(), first.contentType(), first.date().plusSeconds(86_400)));
        pages.add(new Page(first.url() + "?utm_source=facebook", first.html(), first.contentType(), first.date()));
    }

    private static String shiftNumbers(String text) {
        Matcher matcher = Pattern.compile("\\d+").matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, String.valueOf(Long.parseLong(matcher.group()) * 3 + 7));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private void add(String url, String html, String date) {
        pages.add(new Page(url, html, "text/html; charset=utf-8", Instant.parse(date + "T10:00:00Z")));
    }

    List<String> paragraphs(String article, String lang) {
        Path file = corpus.resolve(article).resolve(lang + ".txt");
        List<String> paragraphs = new ArrayList<>();
        for (String line : read(file).split("\\R")) {
            if (!line.isBlank()) {
                paragraphs.add(line.strip());
            }
        }
        return paragraphs;
    }

    private String title(String article, String lang) {
        return article + " (" + lang + ")";
    }

    static String page(List<String> paragraphs, String title, String date, String head, String lang, String site) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
                .append(lang)
                .append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>")
                .append(escape(title))
                .append(" - ")
                .append(site)
                .append("</title>\n<meta property=\"article:published_time\" content=\"")
                .append(date)
                .append("T08:00:00+07:00\">\n")
                .append(head)
                .append("</head>\n<body>\n<header><nav>")
                .append("<a href=\"/fr/\" hreflang=\"fr\">Français</a> <a href=\"/\" hreflang=\"vi\">Tiếng Việt</a> ")
                .append("<a href=\"/en/\" hreflang=\"en\">English</a></nav></header>\n<article>\n");
        for (String paragraph : paragraphs) {
            html.append("<p>").append(escape(paragraph)).append("</p>\n");
        }
        return html.append("</article>\n<footer>")
                .append(site)
                .append("</footer>\n</body>\n</html>\n")
                .toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the crawl, with an image, a request and a warcinfo record among the pages. */
    void write(Path warc, boolean gzip) throws IOException {
        try (WarcWriter writer = new WarcWriter(
                Files.newByteChannel(
                        warc,
                        java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.WRITE,
                        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING),
                gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            writer.write(new Warcinfo.Builder()
                    .fields(Map.of("software", List.of("songngu test crawl")))
                    .build());
            for (int i = 0; i < pages.size(); i++) {
                Page page = pages.get(i);
                writer.write(new WarcRequest.Builder(page.url())
                        .date(page.date())
                        .body(
                                MediaType.HTTP_REQUEST,
                                ("GET / HTTP/1.1\r\nHost: example\r\n\r\n").getBytes(StandardCharsets.US_ASCII))
                        .build());
                writer.write(response(
                        page.url(),
                        page.contentType(),
                        page.html().getBytes(charset(page.contentType())),
                        page.date()));
                if (i == 2) {
                    writer.write(response(
                            A + "/images/banner.jpg",
                            "image/jpeg",
                            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3},
                            page.date()));
                }
            }
        }
    }

    private static Charset charset(String contentType) {
        Matcher matcher = Pattern.compile("charset=([\\w-]+)").matcher(contentType);
        return matcher.find() && Charset.isSupported(matcher.group(1))
                ? Charset.forName(matcher.group(1))
                : StandardCharsets.UTF_8;
    }

    static WarcResponse response(String url, String contentType, byte[] body, Instant date) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse(contentType), body)
                .build();
        return new WarcResponse.Builder(url).date(date).body(http).build();
    }
}
