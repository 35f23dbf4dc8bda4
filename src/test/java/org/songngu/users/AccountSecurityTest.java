package org.songngu.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Sign-in, sessions and accounts through the whole security stack: Basic credentials are checked
 * even beside a session, guessing is throttled (on a clock moved by hand), long passwords are a
 * 422, and a new password or a disabled account ends the sessions it should.
 */
@SpringBootTest
@ActiveProfiles("test")
class AccountSecurityTest {

    private static final MovableClock CLOCK = new MovableClock();
    private static final String PASSWORD = "account-test-password";
    private static final String ADMIN = "security-admin";

    @TestBean
    LoginThrottle loginThrottle;

    static LoginThrottle loginThrottle() {
        return new LoginThrottle(CLOCK, SecurityProperties.Login.defaults());
    }

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private MockMvc mvc;
    private static int addresses;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        if (accounts.find(ADMIN).isEmpty()) {
            accounts.create(ADMIN, PASSWORD, Role.ADMIN);
        }
    }

    /** A reviewer of this test's own, signing in from an address of its own. */
    private String reviewer(String name) {
        accounts.find(name)
                .ifPresent(account -> jdbc.sql("DELETE FROM review_user WHERE username = ?")
                        .param(name)
                        .update());
        accounts.create(name, PASSWORD, Role.REVIEWER);
        return name;
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String newAddress() {
        return "198.51.100." + (++addresses);
    }

    /** The sign-in form as a browser posts it, from {@code address}. */
    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(
            String name, String password, String address) {
        return post("/login")
                .param("username", name)
                .param("password", password)
                .with(csrf())
                .with(from(address));
    }

    private MockHttpSession signIn(String name, String password, String address) throws Exception {
        return (MockHttpSession) mvc.perform(login(name, password, address))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession(false);
    }

    @Test
    void aSessionCookieDoesNotVouchForWrongBasicCredentials() throws Exception {
        String name = reviewer("rev-basic-session");
        String address = newAddress();
        MockHttpSession session = signIn(name, PASSWORD, address);

        mvc.perform(post("/api/beads/987654/approve")
                        .session(session)
                        .with(httpBasic(name, "WRONGPASSWORD"))
                        .with(from(address))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/beads/987654/approve")
                        .session(session)
                        .with(from(address))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0}"))
                .andExpect(status().isForbidden()); // the session alone still needs its CSRF token
        var basic = mvc.perform(
                        get("/api/articles").with(httpBasic(name, PASSWORD)).with(from(address)))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(basic.getRequest().getSession(false))
                .as("the Basic chain makes no session")
                .isNull();
        assertThat(basic.getResponse().getHeader("WWW-Authenticate")).isNull();
    }

    @Test
    void repeatedWrongBasicPasswordsAreRefusedWith429UntilTheLockoutEnds() throws Exception {
        String name = reviewer("rev-basic-throttle");
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/articles").with(httpBasic(name, "wrong-" + i)).with(from(address)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/articles").with(httpBasic(name, PASSWORD)).with(from(address)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.detail", containsString("try again in 5 s")));
        mvc.perform(get("/api/articles").with(httpBasic(name, PASSWORD)).with(from(newAddress())))
                .andExpect(status().isTooManyRequests()); // the account is blocked from any address

        CLOCK.advance(Duration.ofSeconds(6));
        mvc.perform(get("/api/articles").with(httpBasic(name, PASSWORD)).with(from(address)))
                .andExpect(status().isOk());
    }

    @Test
    void repeatedWrongFormSignInsAreRefusedWith429UntilTheLockoutEnds() throws Exception {
        String name = reviewer("rev-form-throttle");
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(name, "wrong-" + i, address)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login(name, PASSWORD, address))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Try again in 5 seconds")));

        CLOCK.advance(Duration.ofSeconds(6));
        signIn(name, PASSWORD, address);
    }

    @Test
    void aPasswordOverBcryptsSeventyTwoBytesIsA422ThatSaysSo() throws Exception {
        String passphrase = "Những người đồng hành ấy thường ước mơ được đi xa lắm";
        assertThat(passphrase.length()).isLessThan(72);
        assertThat(passphrase.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        String name = reviewer("rev-long-password");
        String json = "{\"username\":\"rev-long-2\",\"password\":\"" + passphrase + "\",\"role\":\"reviewer\"}";

        mvc.perform(post("/api/users")
                        .with(user(ADMIN).roles("ADMIN", "REVIEWER"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("at most 72 bytes")));
        mvc.perform(put("/api/users/" + name + "/password")
                        .with(user(ADMIN).roles("ADMIN", "REVIEWER"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"" + passphrase + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("72 bytes")));
        mvc.perform(get("/api/articles").with(httpBasic(name, passphrase)).with(from(newAddress())))
                .andExpect(status().isUnauthorized()); // signing in with one is a wrong password, not a 500
    }

    @Test
    void aPasswordResetEndsTheAccountsOpenSessions() throws Exception {
        String name = reviewer("rev-reset");
        MockHttpSession session = signIn(name, PASSWORD, newAddress());
        mvc.perform(get("/api/articles").session(session)).andExpect(status().isOk());

        mvc.perform(put("/api/users/" + name + "/password")
                        .with(user(ADMIN).roles("ADMIN", "REVIEWER"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"a-brand-new-password\"}"))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/articles").session(session))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("session was ended")));
        mvc.perform(get("/").session(signInAgainLater(name))).andExpect(status().isOk());
    }

    private MockHttpSession signInAgainLater(String name) throws Exception {
        return signIn(name, "a-brand-new-password", newAddress());
    }

    @Test
    void aDisabledAccountCannotSignInAndLosesItsSessionsUntilEnabledAgain() throws Exception {
        String name = reviewer("rev-disabled");
        String address = newAddress();
        MockHttpSession session = signIn(name, PASSWORD, address);
        RequestPostProcessor admin = user(ADMIN).roles("ADMIN", "REVIEWER");

        mvc.perform(post("/api/users/" + name + "/disable").with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/api/articles").with(httpBasic(name, PASSWORD)).with(from(address)))
                .andExpect(status().isUnauthorized());

        mvc.perform(post("/api/users/" + name + "/enable").with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(true));
        mvc.perform(get("/api/articles").with(httpBasic(name, PASSWORD)).with(from(newAddress())))
                .andExpect(status().isOk());
        mvc.perform(post("/api/users/nobody-here/disable").with(admin).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/users/" + name + "/disable")
                        .with(user(name).roles("REVIEWER"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theLastEnabledAdminCannotBeDisabled() throws Exception {
        List<String> others = jdbc.sql(
                        "SELECT username FROM review_user WHERE role = 'ADMIN' AND enabled AND username <> ?")
                .param(ADMIN)
                .query(String.class)
                .list();
        try {
            others.forEach(other -> jdbc.sql("UPDATE review_user SET enabled = FALSE WHERE username = ?")
                    .param(other)
                    .update());
            mvc.perform(post("/api/users/" + ADMIN + "/disable")
                            .with(user(ADMIN).roles("ADMIN", "REVIEWER"))
                            .with(csrf()))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.detail", containsString("last enabled admin")));
        } finally {
            others.forEach(other -> jdbc.sql("UPDATE review_user SET enabled = TRUE WHERE username = ?")
                    .param(other)
                    .update());
        }
    }

    @Test
    void aReviewerChangesTheirOwnPasswordWithTheCurrentOneAndTheirOtherSessionsEnd() throws Exception {
        String name = reviewer("rev-self");
        MockHttpSession here = signIn(name, PASSWORD, newAddress());
        MockHttpSession elsewhere = signIn(name, PASSWORD, newAddress());

        mvc.perform(put("/api/account/password")
                        .session(here)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"not-my-password\",\"newPassword\":\"my-own-new-password\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("current password is wrong")));
        mvc.perform(put("/api/account/password")
                        .session(here)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"short\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(put("/api/account/password")
                        .session(here)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"my-own-new-password\"}"))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/articles").session(here)).andExpect(status().isOk());
        mvc.perform(get("/api/articles").session(elsewhere)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/articles")
                        .with(httpBasic(name, "my-own-new-password"))
                        .with(from(newAddress())))
                .andExpect(status().isOk());
        mvc.perform(get("/api/articles").with(httpBasic(name, PASSWORD)).with(from(newAddress())))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theAccountPageChangesTheOwnPasswordWithTheCurrentOne() throws Exception {
        String name = reviewer("rev-page");
        MockHttpSession session = signIn(name, PASSWORD, newAddress());

        mvc.perform(get("/account").session(session))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Change your password")));
        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", "not-mine-at-all")
                        .param("newPassword", "page-new-password")
                        .param("confirmation", "page-new-password"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "page-new-password")
                        .param("confirmation", "page-new-passwort"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/account/password")
                        .session(session)
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "page-new-password")
                        .param("confirmation", "page-new-password"))
                .andExpect(status().isForbidden()); // no CSRF token
        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "page-new-password")
                        .param("confirmation", "page-new-password"))
                .andExpect(redirectedUrl("/account?changed"));
        mvc.perform(get("/api/articles")
                        .with(httpBasic(name, "page-new-password"))
                        .with(from(newAddress())))
                .andExpect(status().isOk());
    }

    @Test
    void pagesCarryTheSecurityHeadersAndErrorIsNotAPage() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
        mvc.perform(get("/api/articles").with(httpBasic(ADMIN, PASSWORD)).with(from(newAddress())))
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY));
        mvc.perform(get("/error")).andExpect(status().isNotFound());
        mvc.perform(get("/error").with(user(ADMIN).roles("ADMIN", "REVIEWER"))).andExpect(status().isNotFound());
    }
}
