package org.reportcycle.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request by its {@code Authorization: Bearer} token alone: no session, no password, so no
 * bcrypt and nothing counted toward the sign-in lockout. Anything but a live token of an enabled person is a 401.
 * Not a bean, so the servlet container does not run it a second time outside the security chain.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BearerTokenFilter.class);
    private static final String PREFIX = "Bearer ";

    private final BearerTokens tokens;
    private final UserDetailsService users;
    private final ProblemResponses problems;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(BearerTokens tokens, UserDetailsService users, ProblemResponses problems) {
        this.tokens = tokens;
        this.users = users;
        this.problems = problems;
    }

    static boolean carriesToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token =
                request.getHeader("Authorization").substring(PREFIX.length()).trim();
        Optional<CurrentUser> user = tokens.ownerOf(token).flatMap(this::enabled);
        if (user.isEmpty()) {
            log.info("API token refused from {}", request.getRemoteAddr());
            problems.tokenRefused(request, response);
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new BearerAuthentication(user.get()));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }

    private Optional<CurrentUser> enabled(String username) {
        try {
            UserDetails found = users.loadUserByUsername(username);
            return found instanceof CurrentUser user && user.isEnabled() ? Optional.of(user) : Optional.empty();
        } catch (UsernameNotFoundException gone) {
            return Optional.empty();
        }
    }
}
