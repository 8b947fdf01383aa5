package org.reportcycle.cycle;

import java.util.List;
import java.util.Map;

import org.reportcycle.system.CurrentUser;
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
    List<ReportingCycle> list() {
        return cycles.all();
    }

    @PostMapping("/api/cycles")
    @ResponseStatus(HttpStatus.CREATED)
    ReportingCycle open(@AuthenticationPrincipal CurrentUser user, @RequestBody OpenRequest request) {
        return retrying.run(() -> cycles.open(user, request.period()));
    }

    @PostMapping("/api/cycles/{period}/close-collection")
    Map<String, List<String>> closeCollection(@AuthenticationPrincipal CurrentUser user, @PathVariable String period) {
        return Map.of("missing", retrying.run(() -> cycles.closeCollection(user, period)));
    }

    @GetMapping("/api/tasks")
    List<WorkItem> tasks(@AuthenticationPrincipal CurrentUser user) {
        return workItems.of(user);
    }

    record OpenRequest(String period) {
    }
}
