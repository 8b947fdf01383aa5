package org.reportcycle.plan;

import java.util.ArrayList;
import java.util.List;

import org.reportcycle.notification.Notice;
import org.reportcycle.notification.NoticeKey;
import org.reportcycle.notification.Outbox;
import org.reportcycle.organization.Department;
import org.reportcycle.organization.OrganizationDirectory;
import org.springframework.stereotype.Component;

/** The emails of extension requests, sent at once through the outbox (not in the daily digest). */
@Component
class ExtensionNotices {

    private final Outbox outbox;
    private final OrganizationDirectory directory;

    ExtensionNotices(Outbox outbox, OrganizationDirectory directory) {
        this.outbox = outbox;
        this.directory = directory;
    }

    /** Tells the item's 责任领导 that a department asks for a later deadline. */
    void requested(ExtensionRequest request, TrackedPlanItem item) {
        String department = departmentName(request.departmentCode());
        directory.person(item.responsibleLeader()).ifPresent(leader -> outbox.enqueue(Notice.of(
            NoticeKey.extensionRequested(request.id()), "EXTENSION_REQUESTED", leader.name(), leader.email(),
            "【月度报送】延期申请待审批：" + item.title(), link(request),
            department + "申请将计划事项「" + item.title() + "」的完成时限由" + text(request.previousDeadline(), item)
                + "延至" + text(request.requestedDeadline(), item) + "。",
            "申请理由：" + request.reason(), "请审批（同意或不同意）。")));
    }

    /** Tells the requesting department's heads what the leader decided. */
    void decided(ExtensionRequest request, TrackedPlanItem item) {
        boolean approved = request.status() == ExtensionRequest.Status.APPROVED;
        String result = approved ? "已同意" : "未同意";
        List<String> lines = new ArrayList<>();
        lines.add("计划事项「" + item.title() + "」延至" + text(request.requestedDeadline(), item) + "的申请" + result + "。"
            + (approved ? "" : "完成时限仍为" + text(request.previousDeadline(), item) + "。"));
        if (request.decisionComment() != null) {
            lines.add("审批意见：" + request.decisionComment());
        }
        directory.headsOf(request.departmentCode()).forEach(head -> outbox.enqueue(new Notice(
            NoticeKey.extensionDecided(request.id(), head.username()).value(), "EXTENSION_DECIDED", head.name(),
            head.email(), "【月度报送】延期申请" + result + "：" + item.title(), lines, link(request), null, null)));
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
