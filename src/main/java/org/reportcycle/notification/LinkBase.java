package org.reportcycle.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The address that starts every link in an email: {@code reportcycle.mail.base-url} when it is set (the address
 * people use, e.g. behind a reverse proxy), else this node's own, {@code http://localhost:<port it listens on>},
 * so that a node started on another port does not send links to a port nobody listens on.
 */
@Component
class LinkBase implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(LinkBase.class);

    private final String configured;
    private volatile String own = "http://localhost:8080";

    LinkBase(MailSettings settings) {
        String url = settings.baseUrl() == null ? "" : settings.baseUrl().strip();
        this.configured = url.isEmpty() ? null : url.replaceAll("/+$", "");
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getParent() == null
                && event.getWebServer().getPort() > 0) {
            own = "http://localhost:" + event.getWebServer().getPort();
            if (configured == null) {
                log.info("Links in emails start with {}: set reportcycle.mail.base-url to the address people use", own);
            }
        }
    }

    /** No trailing slash: links are paths that start with one. */
    String url() {
        return configured != null ? configured : own;
    }
}
