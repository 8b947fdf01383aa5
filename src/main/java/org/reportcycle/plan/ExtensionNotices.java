package org.reportcycle.plan;

import java.util.HashMap;
import java.util.Map;
import org.reportcycle.notification.MailText;
import org.reportcycle.notification.MailTexts;
import org.reportcycle.notification.Notice;
import org.reportcycle.notification.NoticeKey;
import org.reportcycle.notification.Outbox;
import org.reportcycle.organization.Department;
import org.reportcycle.organization.OrganizationDirectory;
import org.springframework.stereotype.Component;

/** The emails of extension requests, sent at once through the outbox (not in the daily digest); words in templates. */
@Component
class ExtensionNotices {

    private final Outbox outbox;
    private final OrganizationDirectory directory;
    private final MailTexts texts;

    ExtensionNotices(Outbox outbox, OrganizationDirectory directory, MailTexts texts) {
        this.outbox = outbox;
        this.directory = directory;
        this.texts = texts;
    }

    /** Tells the item's 责任领导 that a department asks for a later deadline. */
    void requested(ExtensionRequest request, TrackedPlanItem item) {
        MailText text = texts.text(
                "extensionRequested",
                Map.of(
                        "department",
                        departmentName(request.departmentCode()),
                        "item",
                        item.title(),
                        "from",
                        text(request.previousDeadline(), item),
                        "to",
                        text(request.requestedDeadline(), item),
                        "reason",
                        request.reason()),
                item.title());
        directory
                .person(item.responsibleLeader())
                .ifPresent(leader -> outbox.enqueue(Notice.of(
                        NoticeKey.extensionRequested(request.id()),
                        "EXTENSION_REQUESTED",
                        leader.name(),
                        leader.email(),
                        text,
                        link(request))));
    }

    /** Tells the requesting department's heads what the leader decided. */
    void decided(ExtensionRequest request, TrackedPlanItem item) {
        boolean approved = request.status() == ExtensionRequest.Status.APPROVED;
        String result = texts.line(approved ? "mail.extensionDecided.approved" : "mail.extensionDecided.refused");
        Map<String, Object> variables = new HashMap<>(Map.of(
                "approved",
                approved,
                "result",
                result,
                "item",
                item.title(),
                "from",
                text(request.previousDeadline(), item),
                "to",
                text(request.requestedDeadline(), item)));
        variables.put("comment", request.decisionComment());
        MailText text = texts.text("extensionDecided", variables, result, item.title());
        directory
                .headsOf(request.departmentCode())
                .forEach(head -> outbox.enqueue(Notice.of(
                        NoticeKey.extensionDecided(request.id(), head.username()),
                        "EXTENSION_DECIDED",
                        head.name(),
                        head.email(),
                        text,
                        link(request))));
    }

    private String departmentName(String code) {
        return directory.department(code).map(Department::name).orElse(code);
    }

    private static String text(String deadline, TrackedPlanItem item) {
        return Deadline.parse(deadline).text(item.planMonth());
    }

    /** The request's own page, where the leader decides and the head reads the decision. */
    private static String link(ExtensionRequest request) {
        return "/plans/extensions/" + request.id();
    }
}
