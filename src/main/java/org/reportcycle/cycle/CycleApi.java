package org.reportcycle.cycle;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.ReportingPeriod;
import org.reportcycle.system.Retrying;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Cycles and the signed-in user's tasks on the API. */
@RestController
class CycleApi {

    private final CycleService cycles;
    private final WorkItems workItems;
    private final Retrying retrying;

    CycleApi(CycleService cycles, WorkItems workItems, Retrying retrying) {
        this.cycles = cycles;
        this.workItems = workItems;
        this.retrying = retrying;
    }

    @GetMapping("/api/cycles")
    List<CycleView> list(@AuthenticationPrincipal CurrentUser user) {
        return cycles.all().stream().map(c -> CycleView.of(c, user)).toList();
    }

    @PostMapping("/api/cycles")
    @ResponseStatus(HttpStatus.CREATED)
    CycleView open(@AuthenticationPrincipal CurrentUser user, @RequestBody OpenRequest request) {
        ReportingPeriod period = ReportingPeriod.parse(request.period());
        return CycleView.of(retrying.run(() -> cycles.open(user, period, request.backfill())), user);
    }

    @PostMapping("/api/cycles/{period}/cancel")
    Cancelled cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable ReportingPeriod period) {
        retrying.run(() -> cycles.cancel(user, period));
        return new Cancelled(period.toString());
    }

    @PostMapping("/api/cycles/{period}/close-collection")
    Closed closeCollection(@AuthenticationPrincipal CurrentUser user, @PathVariable ReportingPeriod period) {
        return new Closed(retrying.run(() -> cycles.closeCollection(user, period)));
    }

    @GetMapping("/api/tasks")
    List<TaskView> tasks(@AuthenticationPrincipal CurrentUser user) {
        return workItems.of(user).stream().map(TaskView::of).toList();
    }

    /** {@code backfill}: the office means to open a month before last month (补录). The period as sent. */
    record OpenRequest(String period, boolean backfill) {}

    /** The cycle is gone and its month may be opened again. */
    record Cancelled(String period) {}

    /** A period's cycle and its times; who opened it only for those who oversee the cycle. */
    record CycleView(
            String period,
            ReportingCycle.Status status,
            @JsonInclude(JsonInclude.Include.NON_NULL) String openedBy,
            OffsetDateTime openedAt,
            OffsetDateTime submissionDueAt,
            OffsetDateTime collectionClosedAt,
            OffsetDateTime publishedAt,
            boolean backfill) {

        static CycleView of(ReportingCycle c, CurrentUser reader) {
            return new CycleView(
                    c.period().toString(),
                    c.status(),
                    reader.oversees() ? c.openedBy() : null,
                    c.openedAt(),
                    c.submissionDueAt(),
                    c.collectionClosedAt(),
                    c.publishedAt(),
                    c.backfill());
        }
    }

    /** Collection closed: the departments whose reports are now missing (未报送). */
    record Closed(List<String> missing) {}

    /** One of my open tasks: what, for which period and department, due when, and the page to do it on. */
    record TaskView(
            String kind,
            String period,
            String departmentCode,
            String departmentName,
            Instant due,
            boolean overdue,
            String link,
            String colour) {

        static TaskView of(WorkItem w) {
            return new TaskView(
                    w.kind(),
                    w.period(),
                    w.departmentCode(),
                    w.departmentName(),
                    w.due(),
                    w.overdue(),
                    w.link(),
                    w.colour());
        }
    }
}
