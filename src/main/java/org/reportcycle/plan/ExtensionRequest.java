package org.reportcycle.plan;

import java.time.Instant;

/**
 * A 延期申请: a head of one of the item's 责任部室 asks to move its deadline from {@code previousDeadline} to
 * {@code requestedDeadline} (both as the API writes deadlines: 2026-12 or 2026-12-15); its 责任领导 decides.
 */
public record ExtensionRequest(
        long id,
        long planItemId,
        String departmentCode,
        String requestedBy,
        String reason,
        String previousDeadline,
        String requestedDeadline,
        Status status,
        String decidedBy,
        String decisionComment,
        Instant requestedAt,
        Instant decidedAt) {

    public enum Status {
        PENDING,
        APPROVED,
        REFUSED
    }
}
