package org.reportcycle.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.reportcycle.organization.Department;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.submission.AcceptedReports;
import org.reportcycle.submission.CompletedWork;
import org.reportcycle.summary.PeriodSummary.Item;
import org.reportcycle.summary.PeriodSummary.Section;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Summaries of several months (季度, 半年, 全年 or any range up to a year) drafted from the completed work of the
 * accepted reports, grouped by department in the organisation's order, for the office to edit in Word.
 */
@Service
class PeriodSummaries {

    private final AcceptedReports reports;
    private final OrganizationDirectory directory;
    private final SummaryDocx docx;

    PeriodSummaries(AcceptedReports reports, OrganizationDirectory directory, SummaryDocx docx) {
        this.reports = reports;
        this.directory = directory;
        this.docx = docx;
    }

    /** The DOCX draft of the months {@code from} to {@code to} ("2026-01", "2026-06"); the office only. */
    @Transactional(readOnly = true)
    DocxFile draft(CurrentUser user, String from, String to) {
        PeriodSummary summary = summary(user, from, to);
        return new DocxFile(summary.title() + ".docx", "summary-" + from + "-to-" + to + ".docx", docx.render(summary));
    }

    @Transactional(readOnly = true)
    PeriodSummary summary(CurrentUser user, String from, String to) {
        user.requireRole(Role.OFFICE);
        MonthRange range = MonthRange.parse(from, to);
        String organization = directory.organization().name();
        return new PeriodSummary(
                organization, range.title(organization), "〔导语：请在此概述" + range.name() + "工作的总体情况。〕", sections(range));
    }

    private List<Section> sections(MonthRange range) {
        Map<String, String> names =
                directory.departments().stream().collect(Collectors.toMap(Department::code, Department::name));
        Map<String, List<Item>> byDepartment = new LinkedHashMap<>();
        for (CompletedWork work : reports.completedBetween(range.from(), range.to())) {
            byDepartment
                    .computeIfAbsent(work.departmentCode(), code -> new ArrayList<>())
                    .add(new Item(
                            work.title(), work.body(), range.label(work.period().month())));
        }
        return byDepartment.entrySet().stream()
                .map(e -> new Section(names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .toList();
    }
}
