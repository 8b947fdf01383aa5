package org.reportcycle.system;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Where the login form leads: to the task list after a sign-in (logged), back to the login page after a failure,
 * which names a lock or a throttled address with its end (the exception is kept in the session for the page).
 */
@Component
class SignInPages {

    private static final Logger log = LoggerFactory.getLogger(SignInPages.class);

    private final SimpleUrlAuthenticationFailureHandler wrongPassword =
        new SimpleUrlAuthenticationFailureHandler("/login?error");
    private final SimpleUrlAuthenticationSuccessHandler tasks = new SimpleUrlAuthenticationSuccessHandler("/tasks");

    SignInPages() {
        tasks.setAlwaysUseDefaultTargetUrl(true);
    }

    void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication signedIn)
            throws IOException, ServletException {
        log.info("Signed in with the form: {} from {}", signedIn.getName(), request.getRemoteAddr());
        tasks.onAuthenticationSuccess(request, response, signedIn);
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
