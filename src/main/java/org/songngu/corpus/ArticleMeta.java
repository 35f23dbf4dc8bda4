package org.songngu.corpus;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code meta.properties} says about an article; each field is {@code null} when absent.
 *
 * @param title  the article title
 * @param source where the article comes from (usually its URL)
 * @param date   the publication date, as written in the file
 */
public record ArticleMeta(String title, String source, String date) {

    /** An article without {@code meta.properties}. */
    public static final ArticleMeta NONE = new ArticleMeta(null, null, null);

    /** A site name is a key, not a text: a longer source is cut. */
    public static final int MAX_SITE_CHARS = 200;

    public ArticleMeta {
        title = blankToNull(title);
        source = blankToNull(source);
        date = blankToNull(date);
    }

    /**
     * The site the article comes from, for learning metadata templates per site: the host of the
     * source URL without "www." ({@code vietnam.vn}), else the source as written, lower-cased;
     * empty when there is no source, so that a corpus without meta files is one site.
     */
    public String site() {
        if (source == null) {
            return "";
        }
        try {
            String host = new URI(source).getHost();
            if (host != null) {
                String lower = host.toLowerCase(Locale.ROOT);
                return cut(lower.startsWith("www.") ? lower.substring(4) : lower);
            }
        } catch (URISyntaxException e) {
            // Not a URL: the source is a name ("VNA", "Songngu sample corpus"), which is a site too.
        }
        return cut(source.toLowerCase(Locale.ROOT));
    }

    private static String cut(String site) {
        return site.length() <= MAX_SITE_CHARS ? site : site.substring(0, MAX_SITE_CHARS);
    }

    public Optional<String> titleIfPresent() {
        return Optional.ofNullable(title);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
