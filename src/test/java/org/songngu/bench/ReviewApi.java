package org.songngu.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reviewer's client of the review API over loopback, HTTP/1.1, signed in one of two ways:
 * {@link #basic} sends HTTP Basic credentials on every request, as scripts do (each request then
 * costs the server a password-hash check); {@link #session} signs in once through the login form
 * and then sends the session cookie and the CSRF token, as the review page does. Not thread-safe
 * (one per reviewer thread). Each call reports its latency; a transport failure or timeout comes
 * back as status -1 with the reason as body.
 */
final class ReviewApi {

    /** An answer: the HTTP status (-1 when none came), the body, and how long it took. */
    record Response(int status, String body, long nanos) {}

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_HEADER_META = Pattern.compile("<meta name=\"_csrf_header\" content=\"([^\"]+)\"");

    private final HttpClient client;
    private final URI base;
    private final String[] headers;
    private final Duration timeout;

    private ReviewApi(HttpClient client, URI base, String[] headers, Duration timeout) {
        this.client = client;
        this.base = base;
        this.headers = headers;
        this.timeout = timeout;
    }

    static ReviewApi basic(URI base, String user, String password, Duration timeout) {
        String authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ReviewApi(client(base, timeout, null), base, new String[] {"Authorization", authorization}, timeout);
    }

    /**
     * Signs in through the login form and reads the CSRF token from a page's meta tags.
     *
     * @throws IOException when the login is refused or a page lacks the token
     */
    static ReviewApi session(URI base, String user, String password, Duration timeout) throws IOException {
        HttpClient client = client(base, timeout, new CookieManager());
        ReviewApi anonymous = new ReviewApi(client, base, new String[0], timeout);
        Response login = anonymous.page("/login");
        String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf="
                + encode(meta(CSRF_META, login, "/login"));
        Response signedIn = anonymous.send(anonymous
                .request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        Response home = anonymous.page("/");
        if (signedIn.status() != 302 || home.status() != 200 || home.body().contains("name=\"password\"")) {
            throw new IOException("signing in as " + user + " failed: login answered " + signedIn.status()
                    + ", / answered " + home.status());
        }
        return new ReviewApi(
                client, base, new String[] {meta(CSRF_HEADER_META, home, "/"), meta(CSRF_META, home, "/")}, timeout);
    }

    private static HttpClient client(URI base, Duration timeout, CookieManager cookies) {
        if (!"127.0.0.1".equals(base.getHost()) && !"localhost".equals(base.getHost())) {
            throw new IllegalArgumentException("the benchmark only talks to loopback, not " + base);
        }
        HttpClient.Builder builder =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout);
        return (cookies == null ? builder : builder.cookieHandler(cookies)).build();
    }

    private static String meta(Pattern pattern, Response page, String path) throws IOException {
        Matcher matcher = pattern.matcher(page.body());
        if (!matcher.find()) {
            throw new IOException(path + " (status " + page.status() + ") carries no " + pattern.pattern());
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    Response get(String path) {
        return send(request(path).GET());
    }

    Response page(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(timeout)
                .header("Accept", "text/html")
                .GET());
    }

    Response post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Response put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).header("Accept", "application/json");
        return headers.length == 0 ? builder : builder.headers(headers);
    }

    private Response send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response =
                    client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), System.nanoTime() - start);
        } catch (IOException e) {
            return new Response(-1, e.getClass().getSimpleName() + ": " + e.getMessage(), System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response(-1, "interrupted", System.nanoTime() - start);
        }
    }
}
