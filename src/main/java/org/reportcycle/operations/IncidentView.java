package org.reportcycle.operations;

import java.time.OffsetDateTime;
import java.util.Locale;
import org.reportcycle.system.OfficeTime;
import org.reportcycle.system.Periods;
import org.springframework.context.MessageSource;

/**
 * A failure as its reader sees it: the process and the subject in words (月度报送周期, 2026年11月), the activity
 * by its name, the first line of the message, the time in the office's zone, and whether it can be run again.
 */
record IncidentView(
        String id,
        FailureKind kind,
        String kindName,
        String message,
        String process,
        String subject,
        String activity,
        OffsetDateTime at,
        boolean retryable) {

    /** Enough of a stack trace's first line to say what went wrong; the rest is in the log. */
    static final int MESSAGE_LENGTH = 500;

    static IncidentView of(Failure f, MessageSource messages, Locale locale) {
        return new IncidentView(
                f.id(),
                f.kind(),
                messages.getMessage("incidents.kind." + f.kind(), null, locale),
                firstLine(f.message()),
                process(f.processKey(), messages, locale),
                subject(f.businessKey(), messages, locale),
                activity(f, locale),
                f.at().atZone(OfficeTime.ZONE).toOffsetDateTime(),
                f.needsRetry());
    }

    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.length() <= MESSAGE_LENGTH ? line : line.substring(0, MESSAGE_LENGTH - 1) + "…";
    }

    private static String process(String key, MessageSource messages, Locale locale) {
        return key == null ? "—" : messages.getMessage("incidents.process." + key, null, key, locale);
    }

    /** A period as 2026年11月; a special issue's or plan item's key by what it is and its number. */
    private static String subject(String key, MessageSource messages, Locale locale) {
        if (key == null || key.isBlank()) {
            return "—";
        }
        for (String prefix : new String[] {"special", "plan"}) {
            if (key.startsWith(prefix + "-")) {
                return messages.getMessage(
                        "incidents.subject." + prefix, new Object[] {key.substring(prefix.length() + 1)}, locale);
            }
        }
        return messages.getMessage(Periods.label(key), locale);
    }

    /** The models name each step "印发归档 Publish and archive": the Chinese words, or the English after them. */
    private static String activity(Failure f, Locale locale) {
        String name = f.activityName();
        if (name == null || name.isBlank()) {
            return f.activityId() == null ? "—" : f.activityId();
        }
        int space = name.indexOf(' ');
        if (space < 0) {
            return name;
        }
        boolean english = "en".equals(locale.getLanguage());
        return english ? name.substring(space + 1).strip() : name.substring(0, space);
    }
}
