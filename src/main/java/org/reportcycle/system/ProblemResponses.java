package org.reportcycle.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** Writes 401 and 403 problem details for the API from the security filters, in the user's language. */
@Component
class ProblemResponses {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ObjectMapper json;
    private final Clock clock;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    ProblemResponses(MessageSource messages, LocaleResolver locales, ObjectMapper json, Clock clock) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
        this.clock = clock;
    }

    /** A locked account or a throttled address is told so, with the time it ends; any other failure is not. */
    void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInRefusedException refused) {
            write(request, response, HttpStatus.UNAUTHORIZED, refused.messageKey(), refused.untilText(clock.instant()));
            return;
        }
        write(request, response, HttpStatus.UNAUTHORIZED, "error.unauthorized");
    }

    /** An API token that is unknown, malformed, expired, revoked or whose owner is disabled: which, it does not say. */
    void tokenRefused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.UNAUTHORIZED, "error.unauthorized.token");
    }

    /**
     * A refusal before anyone signed in (a POST without credentials trips the CSRF check first) is a 401: the
     * client has to sign in, and a 403 "not allowed or page expired" would send it looking in the wrong place.
     */
    void accessDenied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || trust.isAnonymous(signedIn) || !signedIn.isAuthenticated()) {
            write(request, response, HttpStatus.UNAUTHORIZED, "error.unauthorized");
            return;
        }
        write(request, response, HttpStatus.FORBIDDEN, "error.forbidden.csrfOrRole");
    }

    private void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key, Object... args)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, args, locale));
        problem.setTitle(messages.getMessage("error.title." + status.value(), null, locale));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
