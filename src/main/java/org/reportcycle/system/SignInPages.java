package org.reportcycle.system;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;

/**
 * Where the login form leads: after a sign-in (logged) to the page that asked for it, such as an email's link, or
 * else to the task list; back to the login page after a failure,
 * which names a lock or a throttled address with its end (the exception is kept in the session for the page).
 */
@Component
class SignInPages {

    private static final Logger log = LoggerFactory.getLogger(SignInPages.class);

    private final SimpleUrlAuthenticationFailureHandler wrongPassword =
            new SimpleUrlAuthenticationFailureHandler("/login?error");
    private final HttpSessionRequestCache requests = new HttpSessionRequestCache();
    private final SavedRequestAwareAuthenticationSuccessHandler landing =
            new SavedRequestAwareAuthenticationSuccessHandler();

    SignInPages() {
        // Only a page can be returned to: a form's POST or the error page would answer nothing useful after sign-in.
        requests.setRequestMatcher(request -> "GET".equals(request.getMethod())
                && !request.getRequestURI().equals(request.getContextPath() + "/error"));
        landing.setRequestCache(requests);
        landing.setDefaultTargetUrl("/tasks");
    }

    /** Remembers the page a signed-out visitor asked for, for {@link #succeeded}. */
    RequestCache requestCache() {
        return requests;
    }

    void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication signedIn)
            throws IOException, ServletException {
        log.info("Signed in with the form: {} from {}", signedIn.getName(), request.getRemoteAddr());
        landing.onAuthenticationSuccess(request, response, signedIn);
    }

    void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (e instanceof SignInRefusedException) {
            request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, e);
            response.sendRedirect(request.getContextPath() + "/login?refused");
            return;
        }
        wrongPassword.onAuthenticationFailure(request, response, e);
    }
}
