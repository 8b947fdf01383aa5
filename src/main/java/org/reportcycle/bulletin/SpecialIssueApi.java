package org.reportcycle.bulletin;

import java.util.List;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.Retrying;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Special issues on the API: list and create; the rest goes through /api/bulletins/{key} like any bulletin. */
@RestController
@RequestMapping("/api/special-issues")
class SpecialIssueApi {

    private final SpecialIssues specialIssues;
    private final Retrying retrying;

    SpecialIssueApi(SpecialIssues specialIssues, Retrying retrying) {
        this.specialIssues = specialIssues;
        this.retrying = retrying;
    }

    @GetMapping
    List<Summary> list(@AuthenticationPrincipal CurrentUser user) {
        return specialIssues.list(user).stream().map(Summary::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    BulletinAnswers.OfficeView create(@AuthenticationPrincipal CurrentUser user, @RequestBody SpecialIssueDraft draft) {
        return BulletinAnswers.office(retrying.run(() -> specialIssues.create(user, draft)));
    }

    /** One line of the list, with the key its pages and API use. */
    record Summary(String key, int issueYear, int issueNumber, String title, BulletinStatus status) {

        static Summary of(Bulletin b) {
            return new Summary(b.key(), b.issueYear(), b.issueNumber(), b.title(), b.status());
        }
    }
}
