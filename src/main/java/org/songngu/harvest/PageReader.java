package org.songngu.harvest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.songngu.corpus.AccentFolding;
import org.songngu.corpus.HtmlTextExtractor;
import org.songngu.corpus.Language;
import org.songngu.corpus.LanguageGuesser;
import org.songngu.corpus.PublicationDate;

/**
 * Makes a {@link HarvestedPage} of a fetched page: decodes it in the charset its server or its
 * {@code <meta>} declares (strict UTF-8 when none is), takes its text with the corpus's
 * {@link HtmlTextExtractor}, its language from {@link LanguageGuesser}, and what it declares about
 * its translations. A page that cannot be used becomes a {@link PageException} with the reason.
 * Stateless and thread-safe.
 */
public final class PageReader {

    private static final Pattern CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta\\b[^>]*charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_DATE = Pattern.compile("/(20\\d\\d)[/-]?(\\d\\d)[/-]?(\\d\\d)(?=[/.-]|$)");
    private static final int SNIFF = 4096;

    /** What language-switcher links say, folded. */
    private static final Map<String, Language> SWITCHER_WORDS = Map.ofEntries(
            Map.entry("fr", Language.FR),
            Map.entry("francais", Language.FR),
            Map.entry("french", Language.FR),
            Map.entry("tieng phap", Language.FR),
            Map.entry("vi", Language.VI),
            Map.entry("vn", Language.VI),
            Map.entry("tieng viet", Language.VI),
            Map.entry("vietnamese", Language.VI),
            Map.entry("vietnamien", Language.VI),
            Map.entry("en", Language.EN),
            Map.entry("english", Language.EN),
            Map.entry("anglais", Language.EN),
            Map.entry("tieng anh", Language.EN));

    private PageReader() {}

    /** A page that could not be used, with the reason in words. */
    public static final class PageException extends Exception {
        private static final long serialVersionUID = 1L;

        public PageException(String message) {
            super(message, null, false, false);
        }
    }

    static String overLimit(long maxBytes) {
        return String.format(Locale.ROOT, "page is over the limit of %.1f MB: skipped", maxBytes / (1024.0 * 1024.0));
    }

    /** The page, or why it cannot be used. */
    public static HarvestedPage read(FetchedPage fetched) throws PageException {
        String html = decode(fetched.body(), fetched.contentType());
        String url = Urls.normalize(fetched.url());
        HtmlTextExtractor.Page text = HtmlTextExtractor.read(html);
        if (text.paragraphs().isEmpty()) {
            throw new PageException("no text found in the page");
        }
        Language language = LanguageGuesser.guess(text.paragraphs())
                .orElseThrow(() -> new PageException("language not recognised as French, Vietnamese or English"));
        Document document = Jsoup.parse(html, fetched.url());
        Map<Language, String> alternates = new EnumMap<>(Language.class);
        for (Element link : document.select("link[rel~=(?i)alternate][hreflang][href]")) {
            languageOf(link.attr("hreflang")).ifPresent(l -> alternates.putIfAbsent(l, absolute(link, url)));
        }
        Map<Language, String> switchers = new EnumMap<>(Language.class);
        for (Element anchor : document.select("a[href]")) {
            Optional<Language> named = languageOf(anchor.attr("hreflang"))
                    .or(() -> languageOf(anchor.attr("lang")))
                    .or(() -> Optional.ofNullable(
                            SWITCHER_WORDS.get(AccentFolding.fold(anchor.text().strip()))));
            String target = absolute(anchor, url);
            if (named.isPresent() && named.get() != language && target != null && !target.equals(url)) {
                switchers.putIfAbsent(named.get(), target);
            }
        }
        alternates.values().removeIf(java.util.Objects::isNull);
        alternates.remove(language);
        return new HarvestedPage(
                url,
                language,
                title(document),
                date(text.published(), url),
                alternates,
                switchers,
                html,
                text.paragraphs(),
                digest(text.paragraphs()));
    }

    private static String absolute(Element element, String base) {
        String href = element.absUrl("href");
        return href.isEmpty() ? null : Urls.normalize(href);
    }

    /** {@code fr}, {@code fr-FR}, {@code vi_VN}: the language of an hreflang or lang value. */
    static Optional<Language> languageOf(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String primary = code.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (Language language : Language.values()) {
            if (language.code().equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    private static String title(Document document) {
        Element og = document.selectFirst("meta[property=og:title][content]");
        String title = og != null ? og.attr("content") : null;
        if (title == null || title.isBlank()) {
            Element h1 = document.selectFirst("h1");
            title = h1 != null ? h1.text() : document.title();
        }
        title = title == null ? "" : title.replaceAll("\\s+", " ").strip();
        return title.isEmpty() ? null : title.length() > 300 ? title.substring(0, 300) : title;
    }

    private static LocalDate date(List<String> published, String url) {
        for (String value : published) {
            Optional<LocalDate> date = PublicationDate.in(value);
            if (date.isPresent()) {
                return date.get();
            }
        }
        Matcher inUrl = URL_DATE.matcher(url);
        if (inUrl.find()) {
            try {
                return LocalDate.of(
                        Integer.parseInt(inUrl.group(1)),
                        Integer.parseInt(inUrl.group(2)),
                        Integer.parseInt(inUrl.group(3)));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * The page's text in the charset declared by the server, else a byte-order mark, else its
     * {@code <meta>}; strict UTF-8 when nothing is declared. An unknown charset or bytes that are
     * not valid in the declared one are refused: guessing would put mojibake into the memory.
     */
    static String decode(byte[] body, String contentType) throws PageException {
        String declared = null;
        if (contentType != null) {
            Matcher matcher = CHARSET.matcher(contentType);
            if (matcher.find()) {
                declared = matcher.group(1);
            }
        }
        int skip = 0;
        if (body.length >= 3 && body[0] == (byte) 0xEF && body[1] == (byte) 0xBB && body[2] == (byte) 0xBF) {
            declared = "UTF-8";
            skip = 3;
        } else if (body.length >= 2
                && (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE
                        || body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)) {
            declared = "UTF-16";
        }
        if (declared == null) {
            Matcher meta = META_CHARSET.matcher(
                    new String(body, 0, Math.min(body.length, SNIFF), StandardCharsets.ISO_8859_1));
            if (meta.find()) {
                declared = meta.group(1);
            }
        }
        Charset charset;
        try {
            charset = declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new PageException("unknown encoding '" + declared + "': skipped");
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer text = decoder.decode(ByteBuffer.wrap(body, skip, body.length - skip));
            return text.toString();
        } catch (CharacterCodingException e) {
            throw new PageException(
                    declared == null
                            ? "no encoding declared and not valid UTF-8: skipped"
                            : "not valid " + charset.name() + " as declared: skipped");
        }
    }

    private static String digest(List<String> paragraphs) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String paragraph : paragraphs) {
                digest.update(paragraph.strip().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
