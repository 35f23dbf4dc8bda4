package org.songngu.harvest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.songngu.corpus.Language;

/**
 * Addresses: one spelling per page ({@link #normalize}), and the shape of an address with its
 * language marker taken out ({@link #shape}), so that {@code /fr/<slug>} and {@code /<slug>},
 * {@code ?lang=fr} and {@code ?lang=vi}, {@code fr.site.vn} and {@code site.vn} meet on one key.
 */
public final class Urls {

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "ref", "source");
    private static final Set<String> LANGUAGE_PARAMETERS = Set.of("lang", "hl", "language", "locale", "lng", "l");
    private static final Pattern NUMERIC_ID = Pattern.compile("(?<![0-9])[0-9]{5,12}(?![0-9])");
    private static final Pattern DATE_LIKE = Pattern.compile("(19|20)\\d\\d(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])");

    private Urls() {}

    /**
     * Where a marker names a language in an address: a path segment, a query parameter, a subdomain.
     */
    public enum MarkerKind {
        PATH("/xx/<slug> beside /<slug>"),
        QUERY("?lang=xx"),
        SUBDOMAIN("xx.<host>");

        private final String pattern;

        MarkerKind(String pattern) {
            this.pattern = pattern;
        }

        public String pattern() {
            return pattern;
        }
    }

    /**
     * An address without its language marker.
     *
     * @param site   the host without "www." and without a language subdomain
     * @param key    site, path and query without the marker
     * @param marked the language the marker names, or null when the address has none
     * @param kind   the kind of marker, or null
     */
    public record Shape(String site, String key, Language marked, MarkerKind kind) {}

    /** Lower-case scheme and host, no fragment, no default port, no tracking parameters. */
    public static String normalize(String url) {
        String stripped = url.strip();
        try {
            URI uri = new URI(stripped);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return stripped;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null
                    ? uri.getRawAuthority().toLowerCase(Locale.ROOT)
                    : uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort =
                    port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            StringBuilder out = new StringBuilder(scheme).append("://").append(host);
            if (!defaultPort) {
                out.append(':').append(port);
            }
            out.append(path);
            String query = query(uri.getRawQuery(), false);
            if (!query.isEmpty()) {
                out.append('?').append(query);
            }
            return out.toString();
        } catch (URISyntaxException e) {
            int hash = stripped.indexOf('#');
            return hash >= 0 ? stripped.substring(0, hash) : stripped;
        }
    }

    private static String query(String raw, boolean dropLanguage) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : raw.split("&")) {
            String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (parameter.isEmpty()
                    || name.startsWith("utm_")
                    || TRACKING.contains(name)
                    || dropLanguage && LANGUAGE_PARAMETERS.contains(name)) {
                continue;
            }
            kept.add(parameter);
        }
        return String.join("&", kept);
    }

    /** The address's shape; an address that is no URL is its own key, without marker. */
    public static Shape shape(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return new Shape("", url, null, null);
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        Language marked = null;
        MarkerKind kind = null;
        int dot = host.indexOf('.');
        if (dot > 0 && host.indexOf('.', dot + 1) > 0) {
            Language sub = languageCode(host.substring(0, dot));
            if (sub != null) {
                marked = sub;
                kind = MarkerKind.SUBDOMAIN;
                host = host.substring(dot + 1);
            }
        }
        StringBuilder path = new StringBuilder();
        String rawPath = uri.getRawPath() == null ? "" : uri.getRawPath();
        for (String segment : rawPath.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            Language language = marked == null ? languageCode(segment) : null;
            if (language != null) {
                marked = language;
                kind = MarkerKind.PATH;
                continue;
            }
            path.append('/').append(segment);
        }
        String rawQuery = uri.getRawQuery();
        if (marked == null && rawQuery != null) {
            for (String parameter : rawQuery.split("&")) {
                String[] parts = parameter.split("=", 2);
                if (parts.length == 2 && LANGUAGE_PARAMETERS.contains(parts[0].toLowerCase(Locale.ROOT))) {
                    Language language = languageCode(parts[1]);
                    if (language != null) {
                        marked = language;
                        kind = MarkerKind.QUERY;
                    }
                }
            }
        }
        String query = query(rawQuery, kind == MarkerKind.QUERY);
        String key = host + (path.length() == 0 ? "/" : path) + (query.isEmpty() ? "" : "?" + query);
        return new Shape(host, key, marked, kind);
    }

    /** The numeric ids of an address's path and query (5 to 12 digits, not a yyyymmdd date). */
    public static List<String> numericIds(String url) {
        int start = url.indexOf("://");
        int pathStart = start < 0 ? 0 : url.indexOf('/', start + 3);
        if (pathStart < 0) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        Matcher matcher = NUMERIC_ID.matcher(url.substring(pathStart));
        while (matcher.find()) {
            if (!DATE_LIKE.matcher(matcher.group()).matches()) {
                ids.add(matcher.group());
            }
        }
        return ids;
    }

    /** fr, vi, en and their regional and spelled-out forms as sites write them in addresses. */
    static Language languageCode(String value) {
        String code = value.toLowerCase(Locale.ROOT);
        return switch (code) {
            case "fr", "fr-fr", "fr_fr", "french", "francais", "fra" -> Language.FR;
            case "vi", "vn", "vi-vn", "vi_vn", "vietnamese", "tieng-viet", "vie" -> Language.VI;
            case "en", "en-us", "en-gb", "en_us", "en_gb", "english", "eng" -> Language.EN;
            default -> null;
        };
    }
}
