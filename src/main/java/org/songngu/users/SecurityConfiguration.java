package org.songngu.users;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what. Pages use form login; the API also takes HTTP Basic (for scripts) and answers
 * 401/403 as {@code ProblemDetail} JSON instead of redirecting. CSRF stays on for every request
 * carried by the session cookie (htmx sends the token in a header); a request that brings its own
 * Basic credentials carries no cookie an attacker could ride, so it needs no token. Admins run jobs
 * and manage accounts; reviewers (and admins) review.
 */
@Configuration
public class SecurityConfiguration {

    private static final RequestMatcher BASIC_AUTH = request -> {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    };
    private static final RequestMatcher API = request -> request.getRequestURI()
            .startsWith(request.getContextPath() + "/api/");

    /** Only in the web application: the command-line tools start Spring without a web server. */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/songngu.css", "/review.js", "/webjars/**", "/favicon.ico",
                                "/error", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/runs", "/runs").hasRole("ADMIN")
                        .requestMatchers("/api/users", "/api/users/**").hasRole("ADMIN")
                        .anyRequest().hasRole("REVIEWER"))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::problem))
                .csrf(csrf -> csrf.ignoringRequestMatchers(BASIC_AUTH))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(SecurityConfiguration::problem, API)
                        .defaultAccessDeniedHandlerFor((request, response, denied) -> problem(request, response,
                                HttpStatus.FORBIDDEN, denied instanceof CsrfException
                                        ? "The request lacks a valid CSRF token: send the X-CSRF-TOKEN header from the"
                                                + " page's csrf meta tag, or call the API with HTTP Basic credentials."
                                        : "Your account may not do this: it needs the admin role."), API));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response,
            org.springframework.security.core.AuthenticationException failure) throws IOException {
        problem(request, response, HttpStatus.UNAUTHORIZED,
                "Sign in first: send HTTP Basic credentials or use the session of the login page.");
    }

    // Written by hand: these errors happen in the filter chain, before MVC's ProblemDetail support.
    private static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String detail) throws IOException {
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
