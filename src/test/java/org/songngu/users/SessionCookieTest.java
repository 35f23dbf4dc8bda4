package org.songngu.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The session cookie as the servlet container really sends it, when told the service sits behind TLS. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "songngu.security.behind-tls=true")
@ActiveProfiles("test")
class SessionCookieTest {

    @LocalServerPort
    int port;

    @Test
    void theSessionCookieIsHttpOnlySameSiteLaxAndSecureBehindTls() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie)
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .containsIgnoringCase("Secure");
        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .contains(SecurityConfiguration.CONTENT_SECURITY_POLICY);
    }

    @Test
    void errorAskedForDirectlyIsAPlain404() throws Exception {
        HttpResponse<String> error = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/error"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(error.statusCode()).isEqualTo(404);
        assertThat(error.body()).doesNotContain("999");
    }
}
