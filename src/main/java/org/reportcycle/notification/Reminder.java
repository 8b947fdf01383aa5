package org.reportcycle.notification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One reminder line for one person: what is due and when, its colour on the escalation ladder, a link, and the
 * day it goes out. {@code key} makes it idempotent; {@code subjectRef} (e.g. {@code submission:2026-11:ZZB})
 * lets the owner cancel every pending reminder of a subject once it is done. Both are made by {@link NoticeKey}.
 */
public record Reminder(
        String key,
        String recipientUsername,
        String kind,
        Colour colour,
        String subjectRef,
        String what,
        Instant dueAt,
        String link,
        LocalDate sendOn) {

    /** 蓝 → 黄 → 红, as on the task list and the cycle page. */
    public enum Colour {
        BLUE("蓝"),
        YELLOW("黄"),
        RED("红");

        private final String label;

        Colour(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
