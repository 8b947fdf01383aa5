package org.reportcycle.bulletin;

import java.util.List;
import java.util.Locale;
import org.reportcycle.system.InvalidInputException;
import org.reportcycle.system.PageMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The archive page: published bulletins by year, number and text, with their downloads. */
@Controller
class BulletinArchivePages {

    private final BulletinArchive archive;
    private final PageMessages messages;

    BulletinArchivePages(BulletinArchive archive, PageMessages messages) {
        this.archive = archive;
        this.messages = messages;
    }

    @GetMapping("/archive")
    String search(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer number,
            @RequestParam(required = false) String q,
            Model model,
            Locale locale) {
        model.addAttribute("year", year);
        model.addAttribute("number", number);
        model.addAttribute("q", q);
        try {
            model.addAttribute("entries", archive.search(year, number, q));
        } catch (InvalidInputException e) {
            messages.show(model, e, locale);
            model.addAttribute("entries", List.of());
        }
        return "archive";
    }
}
