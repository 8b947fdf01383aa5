package org.reportcycle.bulletin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.reportcycle.bulletin.BulletinItem.Section;
import org.reportcycle.organization.Department;
import org.reportcycle.organization.Leader;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.plan.PlanItem;
import org.reportcycle.submission.AcceptedReport;
import org.reportcycle.submission.AcceptedReports;
import org.reportcycle.system.ChineseNumerals;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.ForbiddenException;
import org.reportcycle.system.NotFoundException;
import org.reportcycle.system.Periods;
import org.reportcycle.system.Role;
import org.reportcycle.system.Validation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the draft bulletin from accepted reports and applies the editor's changes. */
@Service
public class BulletinCompiler {

    private final Bulletins bulletins;
    private final BulletinDocuments documents;
    private final BulletinRenderer renderer;
    private final AcceptedReports reports;
    private final OrganizationDirectory directory;
    private final Clock clock;

    BulletinCompiler(Bulletins bulletins, BulletinDocuments documents, BulletinRenderer renderer,
            AcceptedReports reports, OrganizationDirectory directory, Clock clock) {
        this.bulletins = bulletins;
        this.documents = documents;
        this.renderer = renderer;
        this.reports = reports;
        this.directory = directory;
        this.clock = clock;
    }

    /** Creates the draft of a period once; a second call (a retried step) leaves it as it is. */
    @Transactional
    public void assemble(String period) {
        if (bulletins.find(period).isPresent()) {
            return;
        }
        YearMonth month = Periods.parse(period);
        LocalDate today = LocalDate.now(clock);
        String org = directory.organization().name();
        bulletins.insert(new Bulletin(0, period, BulletinStatus.DRAFT, 0, today.getYear(),
            bulletins.nextNumber(today.getYear()), today, org + ChineseNumerals.monthName(month) + "工作完成情况",
            org + ChineseNumerals.monthName(month.plusMonths(1)) + "工作计划", null, null, null, null, null, null));
        long id = bulletins.find(period).orElseThrow().id();
        copyItems(id, reports.of(period));
    }

    private void copyItems(long bulletinId, List<AcceptedReport> accepted) {
        Map<String, String> names = directory.departments().stream()
            .collect(Collectors.toMap(Department::code, Department::name));
        Map<String, Leader> leaders = directory.leaders().stream()
            .collect(Collectors.toMap(Leader::username, Function.identity()));
        int done = 0;
        int planned = 0;
        for (AcceptedReport r : accepted) {
            for (var c : r.completions()) {
                bulletins.insertItem(bulletinId, new BulletinItem(0, Section.COMPLETION, done++, false,
                    r.departmentCode(), c.title(), c.body(), null, null, null, null));
            }
            for (PlanItem p : r.plans()) {
                String leader = leaders.containsKey(p.responsibleLeader())
                    ? leaders.get(p.responsibleLeader()).name() : p.responsibleLeader();
                String departments = p.departments().stream().map(d -> names.getOrDefault(d, d))
                    .collect(Collectors.joining("、"));
                bulletins.insertItem(bulletinId, new BulletinItem(0, Section.PLAN, planned++, false,
                    r.departmentCode(), p.title(), "", p.id(), leader, departments, p.deadline().text()));
            }
        }
    }

    /** The office, leaders and administrators read drafts; everyone reads a published bulletin. */
    @Transactional(readOnly = true)
    public BulletinView view(CurrentUser user, String period) {
        Bulletin b = find(period);
        if (!user.oversees() && b.status() != BulletinStatus.PUBLISHED) {
            throw new ForbiddenException("error.forbidden.role", Role.OFFICE.name());
        }
        BulletinDocument doc = documents.of(b);
        return new BulletinView(b, bulletins.items(b.id()), doc, renderer.html(doc));
    }

    @Transactional
    public BulletinView edit(CurrentUser user, String period, BulletinEdit edit) {
        user.requireRole(Role.OFFICE);
        Bulletin b = find(period);
        if (b.status() != BulletinStatus.DRAFT) {
            throw new ConflictException("error.bulletin.notDraft", b.status().name());
        }
        List<BulletinItem> items = bulletins.items(b.id());
        validate(b, edit, items);
        if (!bulletins.updateHeader(b.id(), edit.version(), edit)) {
            throw new ConflictException("error.bulletin.stale");
        }
        reorder(edit, items);
        return view(user, period);
    }

    private void validate(Bulletin b, BulletinEdit e, List<BulletinItem> items) {
        Validation v = new Validation();
        v.require(e.issueNumber() != null && e.issueNumber() > 0 && e.issueNumber() < 10000, "issueNumber",
            "error.bulletin.numberRange");
        v.require(e.issueDate() != null, "issueDate", "error.field.required");
        v.text(e.title(), "title", 200).text(e.planTitle(), "planTitle", 200).optionalText(e.intro(), "intro", 4000);
        Set<Long> ids = items.stream().map(BulletinItem::id).collect(Collectors.toSet());
        Set<Long> given = e.items().stream().map(BulletinEdit.ItemEdit::id).collect(Collectors.toSet());
        v.require(ids.equals(given) && given.size() == e.items().size(), "items", "error.bulletin.itemsMismatch");
        for (int i = 0; i < e.items().size(); i++) {
            v.text(e.items().get(i).title(), "items[" + i + "].title", 500);
            v.optionalText(e.items().get(i).body(), "items[" + i + "].body", 8000);
        }
        v.throwIfInvalid();
        if (e.version() != b.version()) {
            throw new ConflictException("error.bulletin.stale");
        }
        if (bulletins.numberTaken(e.issueDate().getYear(), e.issueNumber(), b.id())) {
            throw new ConflictException("error.bulletin.numberTaken", e.issueDate().getYear(), e.issueNumber());
        }
    }

    /** Positions follow the order given, counted per section. */
    private void reorder(BulletinEdit edit, List<BulletinItem> items) {
        Map<Long, Section> sections = items.stream().collect(Collectors.toMap(BulletinItem::id, BulletinItem::section));
        Map<Section, Integer> next = new java.util.EnumMap<>(Section.class);
        for (BulletinEdit.ItemEdit e : new ArrayList<>(edit.items())) {
            int position = next.merge(sections.get(e.id()), 1, Integer::sum) - 1;
            bulletins.updateItem(e.id(), position, e);
        }
    }

    public BulletinStatus status(String period) {
        return find(period).status();
    }

    Bulletin find(String period) {
        Periods.parse(period);
        return bulletins.find(period).orElseThrow(() -> new NotFoundException("error.bulletin.unknown", period));
    }
}
