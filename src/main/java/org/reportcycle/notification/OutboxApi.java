package org.reportcycle.notification;

import java.util.List;
import java.util.Map;

import org.reportcycle.system.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The outbox on the API (office and administrators): every email and where its delivery stands. */
@RestController
class OutboxApi {

    private final Outbox outbox;
    private final OutboxSender sender;

    OutboxApi(Outbox outbox, OutboxSender sender) {
        this.outbox = outbox;
        this.sender = sender;
    }

    @GetMapping("/api/outbox")
    Map<String, Object> list(@AuthenticationPrincipal CurrentUser user) {
        List<OutboxMessage> messages = outbox.recent(user, 500);
        return Map.of("smtpConfigured", sender.configured(), "messages", messages);
    }
}
