package org.reportcycle.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Redirects go to the address as written: pages build them from path values ({@code /cycles/{x}} as a period),
 * which must not be read as URI templates (that read is a server error for a value in braces). No redirect in
 * the application uses a template.
 */
@Component
class LiteralRedirects implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof RedirectView redirect) {
            redirect.setExpandUriTemplateVariables(false);
        }
        return bean;
    }
}
