package org.songngu.users;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the servlet container forwards failed requests; asked for directly it has
 * no error to show, and Boot's error controller would answer 500 with status 999. A direct request
 * gets a plain 404 instead (error dispatches do not pass through this filter). It runs first in
 * both security chains, so that neither a sign-in nor a credential check stands before the 404.
 */
class DirectErrorRequests extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/error") || path.startsWith("/error/") || path.startsWith("/error;")) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
