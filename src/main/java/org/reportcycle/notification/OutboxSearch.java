package org.reportcycle.notification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reportcycle.notification.OutboxMessage.Status;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.ForbiddenException;
import org.reportcycle.system.OfficeTime;
import org.reportcycle.system.RecordRows;
import org.reportcycle.system.Role;
import org.reportcycle.system.Validation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The outbox as the office looks through it: by state, kind, recipient and day, newest first, a page at a time. */
@Component
public class OutboxSearch {

    static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    OutboxSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the office asked for; blank parts do not filter. */
    public record Filter(String status, String kind, String recipient, LocalDate from, LocalDate to, int page) {

        public Filter {
            status = blank(status) ? null : status.trim();
            kind = blank(kind) ? null : kind.trim();
            recipient = blank(recipient) ? null : recipient.trim();
        }

        public boolean any() {
            return status != null || kind != null || recipient != null || from != null || to != null;
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    /** One page of the answer and how many emails match in all. */
    public record Found(List<OutboxMessage> messages, long total, int page, int pages) {}

    Found find(CurrentUser user, Filter filter) {
        if (!user.isOffice() && !user.has(Role.ADMIN)) {
            throw new ForbiddenException("error.forbidden.role", Role.OFFICE.label());
        }
        check(filter);
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM outbox_message" + where)
                .params(params)
                .query(Long.class)
                .single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(filter.page(), pages);
        List<Object> paged = new ArrayList<>(params);
        paged.add((page - 1) * PAGE_SIZE);
        paged.add(PAGE_SIZE);
        List<OutboxMessage> rows = jdbc.sql("SELECT * FROM outbox_message" + where
                        + " ORDER BY id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(paged)
                .query(RecordRows.of(OutboxMessage.class))
                .list();
        return new Found(rows, total, page, pages);
    }

    /** The kinds of email there are, for the filter's choice. */
    List<String> kinds() {
        return jdbc.sql("SELECT DISTINCT kind FROM outbox_message ORDER BY kind")
                .query(String.class)
                .list();
    }

    private static void check(Filter f) {
        new Validation()
                .require(
                        f.status() == null
                                || List.of("PENDING", "SENT", "FAILED").contains(f.status()),
                        "status",
                        "error.outbox.status")
                .require(f.kind() == null || f.kind().matches("[A-Z_]{1,40}"), "kind", "error.outbox.kind")
                .optionalText(f.recipient(), "recipient", 200)
                .require(f.from() == null || f.to() == null || !f.from().isAfter(f.to()), "to", "error.outbox.range")
                .require(f.page() >= 1, "page", "error.outbox.page")
                .throwIfInvalid();
    }

    private static String where(Filter f, List<Object> params) {
        List<String> parts = new ArrayList<>();
        if (f.status() != null) {
            parts.add("status = ?");
            params.add(Status.valueOf(f.status()).name());
        }
        if (f.kind() != null) {
            parts.add("kind = ?");
            params.add(f.kind());
        }
        if (f.recipient() != null) {
            parts.add("(LOWER(recipient_name) LIKE ? ESCAPE '\\' OR LOWER(recipient_email) LIKE ? ESCAPE '\\')");
            String like = "%" + NoticeKey.literally(f.recipient().toLowerCase(Locale.ROOT)) + "%";
            params.add(like);
            params.add(like);
        }
        if (f.from() != null) {
            parts.add("created_at >= ?");
            params.add(startOf(f.from()));
        }
        if (f.to() != null) {
            parts.add("created_at < ?");
            params.add(startOf(f.to().plusDays(1)));
        }
        return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(OfficeTime.ZONE).toOffsetDateTime();
    }
}
