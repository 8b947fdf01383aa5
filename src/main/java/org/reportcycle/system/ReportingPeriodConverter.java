package org.reportcycle.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets a controller take {@code @PathVariable ReportingPeriod period}; a period that is not a month is answered
 * as {@link ReportingPeriod#parse} words it (see {@code RequestErrorAdvice}).
 */
@Configuration(proxyBeanMethods = false)
class ReportingPeriodConverter implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, ReportingPeriod.class, ReportingPeriod::parse);
    }
}
