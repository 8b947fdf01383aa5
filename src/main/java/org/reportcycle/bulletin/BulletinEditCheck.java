package org.reportcycle.bulletin;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reportcycle.bulletin.BulletinEdit.ItemEdit;
import org.reportcycle.bulletin.BulletinEdit.RecipientEdit;
import org.reportcycle.bulletin.BulletinItem.Section;
import org.reportcycle.system.EmailAddresses;
import org.reportcycle.system.ReportingPeriod;
import org.reportcycle.system.Validation;

/** The field checks of an edit: every problem at once, each on its field. */
final class BulletinEditCheck {

    private static final int BODY_MAX = 8000;

    private BulletinEditCheck() {}

    /** {@code today} bounds a special issue's date; a monthly issue's date is bounded by its period. */
    static Validation of(Bulletin b, BulletinEdit e, List<BulletinItem> items, LocalDate today) {
        Validation v = new Validation();
        v.require(
                e.issueNumber() != null && e.issueNumber() > 0 && e.issueNumber() < 10000,
                "issueNumber",
                "error.bulletin.numberRange");
        issueDate(v, b, e.issueDate(), today);
        v.text(e.title(), "title", 200).optionalText(e.intro(), "intro", 4000);
        v.text(e.bulletinName(), "bulletinName", 100).text(e.organizationName(), "organizationName", 100);
        // Either may be left empty: the 版记 then prints no such line, as the office's own bulletins often do.
        v.optionalText(e.editor(), "editor", 100).optionalText(e.phone(), "phone", 50);
        if (b.kind() == BulletinKind.MONTHLY) {
            v.text(e.planTitle(), "planTitle", 200);
        } else {
            v.optionalText(e.planTitle(), "planTitle", 200);
        }
        recipients(v, "reportTo", e.reportTo());
        recipients(v, "distributeTo", e.distributeTo());
        items(v, e.items(), items);
        return v;
    }

    /**
     * Within a year of the month reported on or of today (a month filled in late is dated when it is issued), so a
     * slip of the keyboard (year 1, 10000) cannot file an issue in another year's number sequence.
     */
    private static void issueDate(Validation v, Bulletin b, LocalDate date, LocalDate today) {
        if (date == null) {
            v.require(false, "issueDate", "error.field.required");
            return;
        }
        boolean nearToday = !date.isBefore(today.minusYears(1)) && !date.isAfter(today.plusYears(1));
        YearMonth period = b.kind() == BulletinKind.MONTHLY
                ? b.reportingPeriod().map(ReportingPeriod::month).orElse(null)
                : null;
        boolean nearPeriod = period != null
                && !date.isBefore(period.atDay(1).minusYears(1))
                && !date.isAfter(period.atEndOfMonth().plusYears(1));
        v.require(nearToday || nearPeriod, "issueDate", "error.bulletin.issueDateRange");
    }

    private static void recipients(Validation v, String field, List<RecipientEdit> list) {
        for (int i = 0; i < list.size(); i++) {
            RecipientEdit r = list.get(i);
            v.text(r.name(), field + "[" + i + "].name", 100);
            v.require(
                    r.email() != null
                            && r.email().strip().length() <= 200
                            && EmailAddresses.valid(r.email().strip()),
                    field + "[" + i + "].email",
                    "error.bulletin.recipientEmail");
        }
    }

    private static void items(Validation v, List<ItemEdit> edits, List<BulletinItem> items) {
        Set<Long> ids = items.stream().map(BulletinItem::id).collect(Collectors.toSet());
        List<Long> given =
                edits.stream().map(ItemEdit::id).filter(Objects::nonNull).toList();
        v.require(ids.equals(Set.copyOf(given)) && given.size() == ids.size(), "items", "error.bulletin.itemsMismatch");
        Map<Long, BulletinItem> byId = items.stream().collect(Collectors.toMap(BulletinItem::id, Function.identity()));
        Section previous = null;
        int merged = 0;
        for (int i = 0; i < edits.size(); i++) {
            ItemEdit e = edits.get(i);
            Section section = e.id() == null ? Section.COMPLETION : section(byId.get(e.id()));
            v.require(
                    e.id() != null || e.section() == null || e.section() == Section.COMPLETION,
                    "items[" + i + "].section",
                    "error.bulletin.newPlanItem");
            v.text(e.title(), "items[" + i + "].title", 500);
            v.optionalText(e.body(), "items[" + i + "].body", BODY_MAX)
                    .optionalText(e.responsible(), "items[" + i + "].responsible", 100)
                    .optionalText(e.departments(), "items[" + i + "].departments", 500)
                    .optionalText(e.deadlineText(), "items[" + i + "].deadlineText", 50);
            if (e.mergeIntoPrevious()) {
                v.require(
                        e.id() != null && section == Section.COMPLETION && previous == Section.COMPLETION,
                        "items[" + i + "].mergeIntoPrevious",
                        "error.bulletin.merge");
                merged += length(e);
            } else {
                merged = length(e);
            }
            v.require(merged <= BODY_MAX, "items[" + i + "].body", "error.bulletin.mergedTooLong", BODY_MAX);
            previous = section;
        }
    }

    private static Section section(BulletinItem item) {
        return item == null ? null : item.section();
    }

    private static int length(ItemEdit e) {
        return (e.title() == null ? 0 : e.title().length())
                + (e.body() == null ? 0 : e.body().length())
                + 2;
    }
}
