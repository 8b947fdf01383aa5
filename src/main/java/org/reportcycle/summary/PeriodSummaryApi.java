package org.reportcycle.summary;

import org.reportcycle.system.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A period summary on the API: GET /api/summaries/2026-01/2026-06.docx is the Word draft of the first half. */
@RestController
class PeriodSummaryApi {

    private final PeriodSummaries summaries;

    PeriodSummaryApi(PeriodSummaries summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/api/summaries/{from}/{to}.docx")
    ResponseEntity<byte[]> docx(
            @AuthenticationPrincipal CurrentUser user, @PathVariable String from, @PathVariable String to) {
        return summaries.draft(user, from, to).response();
    }
}
