package org.reportcycle.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese first: pages are Chinese unless the user picked English (?lang=en, kept in a cookie). API clients
 * may also ask for English with Accept-Language.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        return new OfficeLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /** The cookie when set; else, on the API only, Accept-Language; else Chinese. */
    static final class OfficeLocaleResolver extends CookieLocaleResolver {

        OfficeLocaleResolver() {
            super("reportcycle-lang");
            setCookieMaxAge(Duration.ofDays(365));
            setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
            setDefaultLocaleFunction(OfficeLocaleResolver::fallback);
        }

        private static Locale fallback(HttpServletRequest request) {
            String header = request.getHeader("Accept-Language");
            if (header != null && request.getRequestURI().startsWith(request.getContextPath() + "/api")) {
                Locale asked = request.getLocale();
                return asked.getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            }
            return Locale.SIMPLIFIED_CHINESE;
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            Locale chosen =
                    locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            super.setLocale(request, response, chosen);
        }
    }
}
