package org.reportcycle.system;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * An address the security firewall refuses ({@code %2F}, {@code %5C}, {@code %00}, {@code ..}) is a 400: a problem
 * detail on the API, the error page elsewhere; never the container's own page.
 */
@Configuration(proxyBeanMethods = false)
class FirewallRejections {

    private static final Logger log = LoggerFactory.getLogger(FirewallRejections.class);

    @Bean
    RequestRejectedHandler requestRejectedHandler(Problems problems, LocaleResolver locales) {
        return (request, response, e) -> {
            log.info("Request refused by the firewall: {}", e.getMessage());
            if (Problems.api(request)) {
                problems.write(
                        response,
                        problems.of(
                                HttpStatus.BAD_REQUEST,
                                "error.request.rejected",
                                null,
                                List.of(),
                                locales.resolveLocale(request)));
            } else {
                response.sendError(HttpStatus.BAD_REQUEST.value());
            }
        };
    }
}
