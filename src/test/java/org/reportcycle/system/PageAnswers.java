package org.reportcycle.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.ModelAndView;

/**
 * How a page may answer bad input: the error page (4xx, titled and explained), the form again with its messages,
 * or a redirect back carrying a message; never a redirect to the login page.
 */
final class PageAnswers {

    private PageAnswers() {}

    static void check(BadInput c, MvcResult result) {
        int status = result.getResponse().getStatus();
        ModelAndView page = result.getModelAndView();
        if (status >= 400) {
            // The firewall's refusal has no page of its own in MockMvc: the container renders it (ErrorPages).
            if (page != null) {
                boolean errorPage = "error".equals(page.getViewName())
                        && page.getModel().get("errorTitle") != null
                        && page.getModel().get("errorDetail") != null;
                assertThat(errorPage || messages(page))
                        .as(
                                "error page or form messages for %s: %s",
                                c, page.getModel().keySet())
                        .isTrue();
            }
        } else if (status >= 300) {
            assertThat(result.getResponse().getRedirectedUrl())
                    .as("redirect of %s", c)
                    .doesNotContain("/login");
            assertThat(result.getFlashMap().get("refusal"))
                    .as("refusal after the redirect of %s", c)
                    .isNotNull();
        } else {
            assertThat(page).as("page for %s", c).isNotNull();
            assertThat(messages(page)).as("form messages for %s", c).isTrue();
        }
    }

    private static boolean messages(ModelAndView page) {
        return page.getModel().get("errors") instanceof Collection<?> errors && !errors.isEmpty();
    }
}
