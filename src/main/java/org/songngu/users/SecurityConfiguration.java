package org.songngu.users;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what, in two filter chains.
 * <ul>
 * <li><b>Scripts</b>: a request carrying {@code Authorization: Basic} is handled by a stateless chain
 * that checks those credentials and nothing else: it never reads or creates a session, so a browser
 * session cookie cannot vouch for a wrong password, and it needs no CSRF token because nothing
 * ambient authenticates it (401s carry no {@code WWW-Authenticate: Basic}, so browsers never learn
 * to send Basic credentials by themselves).</li>
 * <li><b>Browsers</b>: every other request; form sign-in, a session, CSRF on every state-changing
 * request (htmx sends the token in a header), sessions registered so that a password reset or a
 * disabled account ends them.</li>
 * </ul>
 * Both share the role rules, the sign-in throttle (429 with {@code Retry-After}) and the headers:
 * a Content-Security-Policy without inline script, {@code Referrer-Policy: same-origin}, no framing.
 * The API answers 401/403/429 as {@code ProblemDetail} JSON instead of redirecting.
 */
@Configuration
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    /** Scripts, styles, images, fonts and requests from this origin only; no plugins, no framing, no inline script. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final RequestMatcher BASIC_AUTH = request -> {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    };
    private static final RequestMatcher API =
            request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");

    /** HTTP Basic for scripts: stateless, never looks at the session. Only in the web application. */
    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain basicAuthChain(HttpSecurity http, ThrottledAuthentication authentication) throws Exception {
        http.securityMatcher(BASIC_AUTH)
                .addFilterBefore(new DirectErrorRequests(), DisableEncodeUrlFilter.class)
                .authorizeHttpRequests(SecurityConfiguration::rules)
                .authenticationManager(authentication)
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::unauthorized))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .csrf(csrf -> csrf.disable())
                .logout(logout -> logout.disable())
                .headers(SecurityConfiguration::headers)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(SecurityConfiguration::unauthorized)
                        .accessDeniedHandler((request, response, denied) -> problem(
                                request,
                                response,
                                HttpStatus.FORBIDDEN,
                                "Your account may not do this: it needs the admin role.")));
        return http.build();
    }

    /** Browsers: form sign-in, session, CSRF. Only in the web application. */
    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain sessionChain(
            HttpSecurity http, ThrottledAuthentication authentication, SessionRegistry sessionRegistry)
            throws Exception {
        http.addFilterBefore(new DirectErrorRequests(), DisableEncodeUrlFilter.class)
                .authorizeHttpRequests(SecurityConfiguration::rules)
                .authenticationManager(authentication)
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(SecurityConfiguration::formLoginFailed)
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session.sessionConcurrency(concurrency -> concurrency
                        .maximumSessions(-1)
                        .sessionRegistry(sessionRegistry)
                        .expiredSessionStrategy(SecurityConfiguration::ended)))
                .csrf(Customizer.withDefaults())
                .headers(SecurityConfiguration::headers)
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                                SecurityConfiguration::unauthorized, API)
                        .defaultAccessDeniedHandlerFor(
                                (request, response, denied) -> problem(
                                        request,
                                        response,
                                        HttpStatus.FORBIDDEN,
                                        denied instanceof CsrfException
                                                ? "The request lacks a valid CSRF token: send the X-CSRF-TOKEN "
                                                        + "header from the"
                                                        + " page's csrf meta tag, or call the API with HTTP Basic "
                                                        + "credentials."
                                                : "Your account may not do this: it needs the admin role."),
                                API));
        return http.build();
    }

    private static void rules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(
                        "/login",
                        "/songngu.css",
                        "/review.js",
                        "/webjars/**",
                        "/favicon.ico",
                        "/error",
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/swagger-ui.html",
                        "/swagger-ui/**")
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/api/runs", "/runs")
                .hasRole("ADMIN")
                .requestMatchers(HttpMethod.DELETE, "/api/dismissals/**")
                .hasRole("ADMIN")
                .requestMatchers("/api/users", "/api/users/**")
                .hasRole("ADMIN")
                .anyRequest()
                .hasRole("REVIEWER");
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny());
    }

    /** The one password check of the application: throttled, then bcrypt against {@code review_user}. */
    @Bean
    ThrottledAuthentication throttledAuthentication(
            UserAccounts accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        return new ThrottledAuthentication(new ProviderManager(provider), throttle);
    }

    @Bean
    LoginThrottle loginThrottle(SecurityProperties properties) {
        return new LoginThrottle(Clock.systemUTC(), properties.login());
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when the servlet container drops a session. */
    @Bean
    @ConditionalOnWebApplication
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static final SimpleUrlAuthenticationFailureHandler WRONG_PASSWORD =
            new SimpleUrlAuthenticationFailureHandler("/login?error");

    /** A wrong password goes back to the form; a throttled attempt gets 429 and says how long to wait. */
    private static void formLoginFailed(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, jakarta.servlet.ServletException {
        if (!(failure instanceof LoginThrottledException throttled)) {
            WRONG_PASSWORD.onAuthenticationFailure(request, response, failure);
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        String login = request.getContextPath() + "/login";
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="UTF-8"><title>Too many attempts · Songngu</title>
                <link rel="stylesheet" href="%s/songngu.css"></head>
                <body class="login-page"><main class="login"><h1>Too many failed sign-ins</h1>
                <p class="alert error">Too many failed sign-ins for this account or from this address.
                Try again in %d seconds.</p><p><a href="%s">Back to sign in</a></p></main></body></html>
                """.formatted(request.getContextPath(), throttled.retryAfterSeconds(), login));
    }

    /** A request of a session ended by a password change or a disabled account. */
    private static void ended(org.springframework.security.web.session.SessionInformationExpiredEvent event)
            throws IOException {
        HttpServletRequest request = event.getRequest();
        HttpServletResponse response = event.getResponse();
        if (API.matches(request)) {
            problem(
                    request,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "Your session was ended (new password or account disabled): sign in again.");
        } else {
            response.sendRedirect(request.getContextPath() + "/login?expired");
        }
    }

    private static void unauthorized(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof LoginThrottledException throttled) {
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            problem(request, response, HttpStatus.TOO_MANY_REQUESTS, throttled.getMessage());
            return;
        }
        problem(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                "Sign in first: send HTTP Basic credentials or use the session of the login page.");
    }

    // Written by hand: these errors happen in the filter chain, before MVC's ProblemDetail support.
    private static void problem(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        response.getWriter().write(JsonMapper.shared().writeValueAsString(body));
    }
}
