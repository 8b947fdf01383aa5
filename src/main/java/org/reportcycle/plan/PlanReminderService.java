package org.reportcycle.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportcycle.notification.MailTexts;
import org.reportcycle.notification.Reminder;
import org.reportcycle.notification.Reminders;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.organization.Person;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a tracked item's process: schedule its next reminder, write a reminder to the heads of its
 * 责任部室 (the overdue notice copied to its 责任领导), cancel the reminders not yet delivered.
 */
@Service
class PlanReminderService {

    private final PlanTrackingStore store;
    private final PlanReminderPlanner planner;
    private final Reminders reminders;
    private final OrganizationDirectory directory;
    private final Clock clock;
    private final MailTexts texts;

    PlanReminderService(
            PlanTrackingStore store,
            PlanReminderPlanner planner,
            Reminders reminders,
            OrganizationDirectory directory,
            Clock clock,
            MailTexts texts) {
        this.texts = texts;
        this.store = store;
        this.planner = planner;
        this.reminders = reminders;
        this.directory = directory;
        this.clock = clock;
    }

    /** The next reminder after now and after the last one written, stored on the item for its list. */
    @Transactional
    public NextReminder scheduleNext(long planItemId, Instant lastReminderAt) {
        TrackedPlanItem item = item(planItemId);
        Instant after = clock.instant();
        if (lastReminderAt != null && lastReminderAt.isAfter(after)) {
            after = lastReminderAt;
        }
        NextReminder next = planner.next(item.deadline(), after);
        store.nextReminder(planItemId, next);
        return next;
    }

    /** Writes one reminder line per recipient, going out in that day's digest; nothing once the item ended. */
    @Transactional
    public int record(long planItemId, PlanReminderKind kind, Instant at) {
        TrackedPlanItem item = item(planItemId);
        if (item.status() != TrackedPlanItem.Status.OPEN) {
            return 0;
        }
        LocalDate day = at.atZone(PlanReminderPlanner.OFFICE_ZONE).toLocalDate();
        String what = texts.line("mail.reminder.plan." + kind.name(), item.title(), item.deadlineText());
        List<Person> recipients = recipients(item, kind);
        recipients.forEach(p -> reminders.record(new Reminder(
                item.subjectRef().reminder(p.username(), kind, day).value(),
                p.username(),
                "PLAN_" + kind,
                kind.colour(),
                item.subjectRef().value(),
                what,
                planner.dueAt(item.deadline()),
                "/tasks",
                day)));
        return recipients.size();
    }

    @Transactional
    public int cancel(long planItemId) {
        return reminders.cancel(item(planItemId).subjectRef());
    }

    private List<Person> recipients(TrackedPlanItem item, PlanReminderKind kind) {
        Map<String, Person> people = new LinkedHashMap<>();
        item.departments().forEach(d -> directory.headsOf(d).forEach(p -> people.putIfAbsent(p.username(), p)));
        if (kind == PlanReminderKind.OVERDUE) {
            directory.person(item.responsibleLeader()).ifPresent(p -> people.putIfAbsent(p.username(), p));
        }
        return new ArrayList<>(people.values());
    }

    private TrackedPlanItem item(long planItemId) {
        return store.find(planItemId)
                .orElseThrow(() -> new IllegalStateException("Plan item " + planItemId + " is not tracked"));
    }
}
