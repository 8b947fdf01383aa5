package org.reportcycle.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportcycle.calendar.WorkingDays;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.organization.Person;
import org.reportcycle.system.OfficeTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends each person at most one reminder email a day, on working days: a digest of every reminder due for them,
 * each line with what, when, its colour and a link. Reminders that arrive after today's digest wait for the next.
 */
@Service
public class ReminderDigests {

    private static final Logger log = LoggerFactory.getLogger(ReminderDigests.class);
    private final Reminders reminders;
    private final Outbox outbox;
    private final WorkingDays workingDays;
    private final OrganizationDirectory directory;
    private final LinkBase links;
    private final MailTexts texts;

    ReminderDigests(
            Reminders reminders,
            Outbox outbox,
            WorkingDays workingDays,
            OrganizationDirectory directory,
            LinkBase links,
            MailTexts texts) {
        this.texts = texts;
        this.reminders = reminders;
        this.outbox = outbox;
        this.workingDays = workingDays;
        this.directory = directory;
        this.links = links;
    }

    /** Writes today's digests to the outbox; returns how many. Nothing on a day that is not a working day. */
    @Transactional
    public int send(LocalDate today) {
        if (!workingDays.isWorkingDay(today)) {
            return 0;
        }
        Map<String, List<StoredReminder>> byPerson = new LinkedHashMap<>();
        reminders
                .pendingUpTo(today)
                .forEach(r -> byPerson.computeIfAbsent(r.recipientUsername(), u -> new ArrayList<>())
                        .add(r));
        int sent = 0;
        for (var entry : byPerson.entrySet()) {
            String key = NoticeKey.digest(entry.getKey(), today).value();
            var person = directory.person(entry.getKey());
            if (person.isEmpty() || outbox.exists(key)) {
                continue;
            }
            outbox.enqueue(digest(key, person.get(), entry.getValue()));
            reminders.delivered(
                    entry.getValue().stream().map(StoredReminder::id).toList(), key);
            sent++;
        }
        log.info("Reminder digests for {}: {}", today, sent);
        return sent;
    }

    private Notice digest(String key, Person person, List<StoredReminder> due) {
        List<Map<String, String>> lines = due.stream()
                .map(r -> Map.of(
                        "colour",
                        r.colour().label(),
                        "what",
                        r.what(),
                        "due",
                        OfficeTime.DUE.format(r.dueAt().toInstant()),
                        "link",
                        links.url() + r.link()))
                .toList();
        MailText text = texts.text("reminderDigest", Map.of("reminders", lines), due.size());
        return new Notice(
                key,
                "REMINDER_DIGEST",
                person.name(),
                person.email(),
                text.subject(),
                text.lines(),
                "/tasks",
                null,
                null);
    }
}
