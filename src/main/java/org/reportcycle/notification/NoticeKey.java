package org.reportcycle.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The idempotency key of an email or a reminder, or the subject reminders belong to, with the prefixes that find
 * them again. Every format is written here and nowhere else: parts are joined with ':', and the rows already in a
 * database carry exactly these strings, so a format may never change.
 */
public record NoticeKey(String value) {

    /** Every distribution's emails: {@code distribution:42:a@example.org} is an email of bulletin 42. */
    public static final Prefix DISTRIBUTIONS = Prefix.of("distribution");

    public NoticeKey {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a notice key is needed");
        }
    }

    public static NoticeKey cycleOpened(String period, String department, String username) {
        return of("cycle-opened", period, department, username);
    }

    public static NoticeKey reportReturned(long submissionId, long version, String username) {
        return of("report-returned", submissionId, version, username);
    }

    /** One 催办 email; its time keeps each urge apart, so the office may urge again an hour later. */
    public static NoticeKey urge(String period, String department, Instant at, String username) {
        return of("urge", period, department, at.toEpochMilli(), username);
    }

    public static NoticeKey signOff(long bulletinId, long version) {
        return of("sign-off", bulletinId, version);
    }

    public static NoticeKey signOffReturned(long bulletinId, long version, String username) {
        return of("sign-off-returned", bulletinId, version, username);
    }

    public static NoticeKey published(long bulletinId, String username) {
        return of("published", bulletinId, username);
    }

    /** The bulletin sent to one address of its lists; an address on both lists is written once. */
    public static NoticeKey distribution(long bulletinId, String email) {
        return new NoticeKey(distributionOf(bulletinId).value() + email);
    }

    public static NoticeKey extensionRequested(long requestId) {
        return of("extension-requested", requestId);
    }

    public static NoticeKey extensionDecided(long requestId, String username) {
        return of("extension-decided", requestId, username);
    }

    static NoticeKey digest(String username, LocalDate day) {
        return of("digest", username, day);
    }

    /** The subject of a department's report reminders (催办阶梯), cancelled once it is submitted. */
    public static NoticeKey submission(String period, String department) {
        return of("submission", period, department);
    }

    /** The subject of a cycle step's due-day reminders, {@code step} being compile or sign-off. */
    public static NoticeKey step(String step, String period) {
        return of(step, period);
    }

    /** The subject of a tracked plan item's reminders. */
    public static NoticeKey planItem(long planItemId) {
        return of("plan", planItemId);
    }

    /**
     * One reminder of this subject to one person; {@code distinguishing} (round and rung, due day, kind and day)
     * keeps the reminders of one subject apart.
     */
    public NoticeKey reminder(String username, Object... distinguishing) {
        return new NoticeKey(value + ":" + join(Stream.concat(Arrays.stream(distinguishing), Stream.of(username))));
    }

    /** The mailing this email belongs to: its key up to the last ':' (all the emails of one distribution). */
    public Prefix mailing() {
        int end = value.lastIndexOf(':');
        return new Prefix(end < 0 ? value : value.substring(0, end + 1));
    }

    public static Prefix cycleOpenedIn(String period) {
        return Prefix.of("cycle-opened", period);
    }

    public static Prefix urgesIn(String period) {
        return Prefix.of("urge", period);
    }

    public static Prefix urgesOf(String period, String department) {
        return Prefix.of("urge", period, department);
    }

    public static Prefix distributionOf(long bulletinId) {
        return Prefix.of("distribution", bulletinId);
    }

    /** A withdrawn email keeps its row under this prefix, so the same notice written again is new. */
    static Prefix withdrawn(Instant at) {
        return Prefix.of("withdrawn", at.toEpochMilli());
    }

    @Override
    public String toString() {
        return value;
    }

    private static NoticeKey of(Object... parts) {
        return new NoticeKey(join(Arrays.stream(parts)));
    }

    private static String join(Stream<Object> parts) {
        return parts.map(String::valueOf).collect(Collectors.joining(":"));
    }

    /** The start shared by the keys of a group of emails, such as one distribution's or one period's urges. */
    public record Prefix(String value) {

        public Prefix {
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("a key prefix is needed");
            }
        }

        public boolean matches(String key) {
            return key.startsWith(value);
        }

        /** The part of a key under this prefix up to the next ':', e.g. ZZB of urge:2026-11:ZZB:… */
        public Optional<String> nextPart(String key) {
            return deeper(key)
                    .map(p -> p.value().substring(value.length(), p.value().length() - 1));
        }

        /** This prefix one part longer, e.g. distribution:42: of distribution:42:a@example.org. */
        public Optional<Prefix> deeper(String key) {
            int end = matches(key) ? key.indexOf(':', value.length()) : -1;
            return end < 0 ? Optional.empty() : Optional.of(new Prefix(key.substring(0, end + 1)));
        }

        /** The bulletin whose distribution this is, for a prefix {@link #distributionOf} made. */
        public OptionalLong distributedBulletin() {
            String id = DISTRIBUTIONS.nextPart(value).orElse("");
            return id.matches("\\d{1,18}") && value.equals(DISTRIBUTIONS.value() + id + ":")
                    ? OptionalLong.of(Long.parseLong(id))
                    : OptionalLong.empty();
        }

        /** A LIKE pattern for the keys under this prefix, with {@code ESCAPE '\'}: % and _ are no wildcards here. */
        String like() {
            return literally(value) + "%";
        }

        @Override
        public String toString() {
            return value;
        }

        private static Prefix of(Object... parts) {
            return new Prefix(join(Arrays.stream(parts)) + ":");
        }
    }

    /** {@code text} inside a LIKE pattern with {@code ESCAPE '\'}: its %, _ and backslash taken literally. */
    static String literally(String text) {
        return text.replaceAll("[\\\\%_]", "\\\\$0");
    }
}
