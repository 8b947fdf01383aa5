package org.reportcycle.bulletin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reportcycle.bulletin.BulletinItem.Section;
import org.reportcycle.document.BulletinDocument;
import org.reportcycle.document.BulletinRenderer;
import org.reportcycle.organization.Department;
import org.reportcycle.organization.Leader;
import org.reportcycle.organization.Organization;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.organization.Recipient;
import org.reportcycle.organization.Recipient.ListKind;
import org.reportcycle.plan.PlanItem;
import org.reportcycle.submission.AcceptedReport;
import org.reportcycle.submission.AcceptedReports;
import org.reportcycle.system.ChineseNumerals;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.NotFoundException;
import org.reportcycle.system.Periods;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the draft bulletin from accepted reports, makes new drafts, finds bulletins and shows them. */
@Service
public class BulletinCompiler {

    private final Bulletins bulletins;
    private final IssueNumbers numbers;
    private final BulletinDocuments documents;
    private final BulletinRenderer renderer;
    private final AcceptedReports reports;
    private final OrganizationDirectory directory;
    private final BulletinRecipients recipients;
    private final BulletinSettings settings;
    private final Clock clock;

    BulletinCompiler(
            Bulletins bulletins,
            IssueNumbers numbers,
            BulletinDocuments documents,
            BulletinRenderer renderer,
            AcceptedReports reports,
            OrganizationDirectory directory,
            BulletinRecipients recipients,
            BulletinSettings settings,
            Clock clock) {
        this.bulletins = bulletins;
        this.numbers = numbers;
        this.recipients = recipients;
        this.settings = settings;
        this.documents = documents;
        this.renderer = renderer;
        this.reports = reports;
        this.directory = directory;
        this.clock = clock;
    }

    /** Creates the draft of a period once; a second call (a retried step) leaves it as it is. */
    @Transactional
    public void assemble(ReportingPeriod period) {
        if (bulletins.find(period.toString()).isPresent()) {
            return;
        }
        YearMonth month = period.month();
        String org = directory.organization().name();
        long id = create(
                BulletinKind.MONTHLY,
                period,
                org + ChineseNumerals.monthName(month) + "工作完成情况",
                org + ChineseNumerals.monthName(month.plusMonths(1)) + "工作计划",
                null,
                null);
        copyItems(id, reports.of(period));
    }

    /**
     * A new draft numbered next in this year's sequence, printed with the organisation's header and footer and
     * sent to its lists until the editor changes them. {@code period} is null for a special issue.
     */
    long create(
            BulletinKind kind, ReportingPeriod period, String title, String planTitle, String intro, String createdBy) {
        LocalDate today = LocalDate.now(clock);
        Organization org = directory.organization();
        long id = bulletins.insert(
                new Bulletin(
                        0,
                        period == null ? null : period.toString(),
                        kind,
                        BulletinStatus.DRAFT,
                        0,
                        today.getYear(),
                        numbers.next(today.getYear()),
                        today,
                        title,
                        planTitle,
                        intro,
                        settings.numbering(),
                        org.bulletinName(),
                        org.name(),
                        org.editor(),
                        org.phone(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                createdBy);
        recipients.copyFromOrganization(id);
        return id;
    }

    private void copyItems(long bulletinId, List<AcceptedReport> accepted) {
        Map<String, String> names =
                directory.departments().stream().collect(Collectors.toMap(Department::code, Department::name));
        Map<String, Leader> leaders =
                directory.leaders().stream().collect(Collectors.toMap(Leader::username, Function.identity()));
        int done = 0;
        int planned = 0;
        for (AcceptedReport r : accepted) {
            for (var c : r.completions()) {
                bulletins.insertItem(
                        bulletinId,
                        new BulletinItem(
                                0,
                                Section.COMPLETION,
                                done++,
                                false,
                                r.departmentCode(),
                                c.title(),
                                c.body(),
                                null,
                                null,
                                null,
                                null));
            }
            for (PlanItem p : r.plans()) {
                String leader = leaders.containsKey(p.responsibleLeader())
                        ? leaders.get(p.responsibleLeader()).name()
                        : p.responsibleLeader();
                String departments = p.departments().stream()
                        .map(d -> names.getOrDefault(d, d))
                        .collect(Collectors.joining("、"));
                bulletins.insertItem(
                        bulletinId,
                        new BulletinItem(
                                0,
                                Section.PLAN,
                                planned++,
                                false,
                                r.departmentCode(),
                                p.title(),
                                "",
                                p.id(),
                                leader,
                                departments,
                                p.deadlineText()));
            }
        }
    }

    /**
     * The office, leaders and administrators read drafts; everyone reads a published bulletin. To anyone else a
     * bulletin not yet published is not found, as if it did not exist.
     */
    @Transactional(readOnly = true)
    public BulletinView view(CurrentUser user, String key) {
        Bulletin b = visible(user, key);
        BulletinDocument doc = documents.of(b);
        List<Recipient> lists = !user.oversees()
                ? List.of()
                : Stream.of(ListKind.values())
                        .flatMap(kind -> recipients.of(b.id(), kind).stream())
                        .toList();
        return new BulletinView(b, bulletins.items(b.id()), doc, renderer.html(doc), lists);
    }

    /** The bulletin of {@code key} if the user may read it; not found (whether it exists or not) otherwise. */
    Bulletin visible(CurrentUser user, String key) {
        Bulletin b = find(key);
        if (!user.oversees() && b.status() != BulletinStatus.PUBLISHED) {
            throw new NotFoundException("error.bulletin.unknown", Periods.label(key));
        }
        return b;
    }

    public BulletinStatus status(String key) {
        return find(key).status();
    }

    /** By key: a period, or a special issue's {@code special-<id>}. */
    Bulletin find(String key) {
        if (Bulletin.specialId(key).isEmpty()) {
            Periods.parse(key);
        }
        return bulletins
                .find(key)
                .orElseThrow(() -> new NotFoundException("error.bulletin.unknown", Periods.label(key)));
    }
}
