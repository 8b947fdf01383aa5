package org.reportcycle.submission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.reportcycle.organization.Department;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.organization.Person;
import org.reportcycle.plan.PlanItem;
import org.reportcycle.system.PageMessages;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.stereotype.Component;

/**
 * Keeps the rounds of a report: takes what was submitted as entries (in the report's own language, Chinese, as
 * it is printed), records how each round ended, and gives the rounds with each resubmission's changes against
 * the round the office returned.
 */
@Component
class ReportHistory {

    private final ReportRounds rounds;
    private final OrganizationDirectory directory;
    private final PageMessages messages;

    ReportHistory(ReportRounds rounds, OrganizationDirectory directory, PageMessages messages) {
        this.rounds = rounds;
        this.directory = directory;
        this.messages = messages;
    }

    void submitted(Report report, String by, Instant at) {
        rounds.submitted(report.submission().id(), by, at, entries(report));
    }

    void ended(Submission s, ReportRound.Outcome outcome, String by, Instant at, String comment) {
        rounds.ended(s.id(), outcome, by, at, comment);
    }

    /** Every round, first first; a round submitted after a return carries its changes against that round. */
    List<RoundView> of(Submission s) {
        List<ReportRound> all = rounds.of(s.id());
        List<RoundView> views = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            ReportRound before = i == 0 ? null : all.get(i - 1);
            boolean afterReturn = before != null && before.outcome() == ReportRound.Outcome.RETURNED;
            views.add(new RoundView(
                    all.get(i),
                    name(all.get(i).submittedBy()),
                    name(all.get(i).decidedBy()),
                    afterReturn ? before.round() : null,
                    afterReturn ? EntryDiff.of(before.entries(), all.get(i).entries()) : List.of()));
        }
        return views;
    }

    private List<RoundEntry> entries(Report report) {
        List<RoundEntry> entries = new ArrayList<>();
        report.completions()
                .forEach(c -> entries.add(new RoundEntry(RoundEntry.Section.COMPLETION, c.title(), c.body())));
        report.dueItems()
                .forEach(d -> entries.add(new RoundEntry(
                        RoundEntry.Section.STATUS,
                        d.item().title(),
                        d.status() == null
                                ? ""
                                : zh("progress." + d.status().progress())
                                        + (d.status().reason() == null
                                                ? ""
                                                : "：" + d.status().reason()))));
        report.plans().forEach(p -> entries.add(new RoundEntry(RoundEntry.Section.PLAN, p.title(), planLine(p))));
        return entries;
    }

    private String planLine(PlanItem p) {
        String departments = p.departments().stream()
                .map(d -> directory.department(d).map(Department::name).orElse(d))
                .collect(Collectors.joining("、"));
        return zh(
                "report.planLine",
                name(p.responsibleLeader()),
                departments,
                p.deadline() == null
                        ? ""
                        : p.deadline()
                                .text(ReportingPeriod.parse(p.planPeriod()).month()));
    }

    private String zh(String key, Object... args) {
        return messages.message(key, Locale.SIMPLIFIED_CHINESE, args);
    }

    private String name(String username) {
        return username == null
                ? null
                : directory.person(username).map(Person::name).orElse(username);
    }

    /** A round as the report page shows it: names as people read them, and the changes if it followed a return. */
    record RoundView(
            ReportRound round,
            String submittedByName,
            String decidedByName,
            Integer comparedWith,
            List<EntryDiff.Change> changes) {}
}
