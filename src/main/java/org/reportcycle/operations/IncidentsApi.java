package org.reportcycle.operations;

import java.util.List;
import java.util.Locale;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.Retrying;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Failed background work: administrators and the office list it, administrators run a failed job again. */
@RestController
class IncidentsApi {

    private final Incidents incidents;
    private final Retrying retrying;
    private final MessageSource messages;

    IncidentsApi(Incidents incidents, Retrying retrying, MessageSource messages) {
        this.incidents = incidents;
        this.retrying = retrying;
        this.messages = messages;
    }

    @GetMapping("/api/incidents")
    List<IncidentView> list(@AuthenticationPrincipal CurrentUser user, Locale locale) {
        return incidents.all(user).stream()
                .map(f -> IncidentView.of(f, messages, locale))
                .toList();
    }

    /** The job has one retry again; the answer is the row as it stands now (no longer retryable). */
    @PostMapping("/api/incidents/{id}/retry")
    IncidentView retry(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Locale locale) {
        return IncidentView.of(retrying.run(() -> incidents.retry(user, id)), messages, locale);
    }
}
