package org.reportcycle.bulletin;

import org.reportcycle.document.BulletinRenderer;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.Retrying;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bulletin of a period on the API: read, edit, send to sign-off, approve or return. The address's
 * {@code {period}} is the bulletin's key, a month or a special issue's {@code special-<id>}, so it stays text.
 */
@RestController
@RequestMapping("/api/bulletins/{period}")
class BulletinApi {

    private final BulletinCompiler compiler;
    private final BulletinEditor editor;
    private final BulletinSignOff signOff;
    private final BulletinRenderer renderer;
    private final Retrying retrying;
    private final BulletinDistributions distributions;

    BulletinApi(
            BulletinCompiler compiler,
            BulletinEditor editor,
            BulletinSignOff signOff,
            BulletinRenderer renderer,
            Retrying retrying,
            BulletinDistributions distributions) {
        this.distributions = distributions;
        this.compiler = compiler;
        this.editor = editor;
        this.signOff = signOff;
        this.renderer = renderer;
        this.retrying = retrying;
    }

    /** Those who oversee get the working view; everyone else, once published, the document as printed. */
    @GetMapping
    Object read(@AuthenticationPrincipal CurrentUser user, @PathVariable String period) {
        BulletinView view = compiler.view(user, period);
        return BulletinAnswers.forReader(
                user, view, distributions.tally(view.bulletin()).orElse(null));
    }

    @GetMapping(value = "/text", produces = MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8")
    String text(@AuthenticationPrincipal CurrentUser user, @PathVariable String period) {
        return renderer.text(compiler.view(user, period).document());
    }

    @PutMapping
    BulletinAnswers.OfficeView edit(
            @AuthenticationPrincipal CurrentUser user, @PathVariable String period, @RequestBody BulletinEdit edit) {
        return BulletinAnswers.office(retrying.run(() -> editor.edit(user, period, edit)));
    }

    @PostMapping("/send-to-sign-off")
    BulletinAnswers.OfficeView send(
            @AuthenticationPrincipal CurrentUser user, @PathVariable String period, @RequestBody Decision decision) {
        retrying.run(() -> signOff.sendToSignOff(user, period, decision.version()));
        return BulletinAnswers.office(compiler.view(user, period));
    }

    @PostMapping("/approve")
    BulletinAnswers.OfficeView approve(
            @AuthenticationPrincipal CurrentUser user, @PathVariable String period, @RequestBody Decision decision) {
        retrying.run(() -> signOff.approve(user, period, decision.version()));
        return BulletinAnswers.office(compiler.view(user, period));
    }

    @PostMapping("/return")
    BulletinAnswers.OfficeView returnToOffice(
            @AuthenticationPrincipal CurrentUser user, @PathVariable String period, @RequestBody Decision decision) {
        retrying.run(() -> signOff.returnToOffice(user, period, decision.version(), decision.comment()));
        return BulletinAnswers.office(compiler.view(user, period));
    }

    /** The version the user saw, and the comment when returning. */
    record Decision(int version, String comment) {}
}
