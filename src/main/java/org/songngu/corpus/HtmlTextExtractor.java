package org.songngu.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Takes the article text out of an HTML page with jsoup: drops scripts, styles, navigation, page
 * header and footer, asides, forms, and elements whose class or id names page chrome (menu, nav,
 * breadcrumb, share, related, comment, banner, footer, advert...); keeps the {@code <article>} (or
 * {@code <main>}) content when the page has one; gives one paragraph per block element (p, h1–h6,
 * li, figcaption, blockquote, td...), entities decoded. {@link #read} also gives what the page's tags
 * say about the article: its publication time ({@code article:published_time}, {@code datePublished},
 * {@code <time datetime>}) and authors ({@code <meta name="author">}, {@code article:author}).
 * Stateless and thread-safe.
 */
public final class HtmlTextExtractor {

    private static final String DROPPED_TAGS =
            "script, style, noscript, template, nav, header, footer, aside, form, iframe, button, "
                    + "select, svg, canvas, object, embed";

    private static final Set<String> CHROME_WORDS = Set.of(
            "menu",
            "menus",
            "nav",
            "navbar",
            "navigation",
            "breadcrumb",
            "breadcrumbs",
            "share",
            "sharing",
            "social",
            "related",
            "comment",
            "comments",
            "banner",
            "banners",
            "footer",
            "advert",
            "adverts",
            "advertisement",
            "advertising",
            "ads",
            "sidebar",
            "cookie",
            "cookies",
            "popup",
            "newsletter",
            "subscribe");

    /** Elements that are never dropped for their class name: they hold the page or its content. */
    private static final Set<String> CONTENT_TAGS = Set.of("html", "body", "main", "article");

    private static final Set<String> BLOCK_TAGS = Set.of(
            "p",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "dt",
            "dd",
            "figcaption",
            "blockquote",
            "td",
            "th",
            "caption",
            "pre",
            "div",
            "section",
            "article",
            "main",
            "ul",
            "ol",
            "dl",
            "table",
            "tr",
            "figure",
            "br",
            "hr",
            "address",
            "details",
            "summary",
            "body");

    private HtmlTextExtractor() {}

    /**
     * What a page holds: its article paragraphs, and the publication times and authors its tags
     * name, each list in document order without repeats, none of them normalised yet.
     */
    public record Page(List<String> paragraphs, List<String> published, List<String> authors) {
        public Page {
            paragraphs = List.copyOf(paragraphs);
            published = List.copyOf(published);
            authors = List.copyOf(authors);
        }
    }

    /** Longest tag value taken as a date or an author: a tag is a label, not a text. */
    private static final int MAX_TAG_CHARS = 200;

    /** The paragraphs of the article in {@code html}, in document order, not yet normalised. */
    public static List<String> paragraphs(String html) {
        return read(html).paragraphs();
    }

    /** The article paragraphs and the tag metadata of the page {@code html}. */
    public static Page read(String html) {
        Document document = Jsoup.parse(html);
        List<String> published = tagValues(
                document,
                "meta[property=article:published_time], meta[name=article:published_time], "
                        + "meta[itemprop=datePublished], time[datetime]",
                true);
        List<String> authors = tagValues(
                document, "meta[name=author], meta[property=article:author], meta[name=article:author]", false);
        document.select(DROPPED_TAGS).remove();
        Element root = contentRoot(document);
        List<Element> chrome = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            if (element != root && !CONTENT_TAGS.contains(element.normalName()) && namesChrome(element)) {
                chrome.add(element);
            }
        }
        chrome.forEach(Element::remove);
        List<String> paragraphs = new ArrayList<>();
        NodeTraversor.traverse(new BlockCollector(paragraphs), root);
        return new Page(paragraphs, published, authors);
    }

    /**
     * The values of the tags {@code query} selects: {@code content} of a meta tag, {@code datetime}
     * of a time element. An author given as a link (a profile page) is no name and is left out.
     */
    private static List<String> tagValues(Document document, String query, boolean dates) {
        Set<String> values = new LinkedHashSet<>();
        for (Element element : document.select(query)) {
            String value =
                    (element.normalName().equals("time") ? element.attr("datetime") : element.attr("content")).strip();
            if (value.isEmpty() || value.length() > MAX_TAG_CHARS || !dates && value.contains("://")) {
                continue;
            }
            values.add(value);
        }
        return List.copyOf(values);
    }

    /** The largest {@code <article>}, else {@code <main>}, else the body: related lists use small articles too. */
    private static Element contentRoot(Document document) {
        for (String query : List.of("article", "main, [role=main]")) {
            Element best = document.select(query).stream()
                    .max(Comparator.comparingInt(element -> element.text().length()))
                    .orElse(null);
            if (best != null && !best.text().isBlank()) {
                return best;
            }
        }
        return document.body();
    }

    static boolean namesChrome(Element element) {
        return namesChrome(element.className()) || namesChrome(element.id());
    }

    /** Whether a class or id value holds a chrome word, split on punctuation and camelCase. */
    static boolean namesChrome(String names) {
        if (names.isEmpty()) {
            return false;
        }
        String spaced = names.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
        for (String word : spaced.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (CHROME_WORDS.contains(word) || word.startsWith("advert") || word.startsWith("breadcrumb")) {
                return true;
            }
        }
        return false;
    }

    /** Gathers text, closing a paragraph at every block boundary. */
    private static final class BlockCollector implements NodeVisitor {

        private final List<String> paragraphs;
        private final StringBuilder current = new StringBuilder();

        BlockCollector(List<String> paragraphs) {
            this.paragraphs = paragraphs;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                current.append(text.getWholeText());
            } else if (node instanceof Element element && BLOCK_TAGS.contains(element.normalName())) {
                flush();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCK_TAGS.contains(element.normalName())) {
                flush();
            }
        }

        private void flush() {
            String text = current.toString().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
            current.setLength(0);
        }
    }
}
