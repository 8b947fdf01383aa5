package org.reportcycle.monitoring;

import org.reportcycle.system.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The office's cycle page: where each department stands. */
@Controller
class CyclePage {

    private final ProgressService progress;

    CyclePage(ProgressService progress) {
        this.progress = progress;
    }

    @GetMapping("/cycles/{period}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable String period, Model model) {
        model.addAttribute("progress", progress.progress(user, period));
        model.addAttribute("canAct", user.isOffice());
        return "cycle";
    }
}
