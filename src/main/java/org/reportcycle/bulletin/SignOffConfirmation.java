package org.reportcycle.bulletin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reportcycle.organization.Recipient;
import org.reportcycle.organization.Recipient.ListKind;
import org.reportcycle.system.Confirmation;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.PageMessages;
import org.reportcycle.system.Periods;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What signing off will do, for the signer's second step: the bulletin is published and sent to the recipients
 * of its 报 and 发 lists, named one per address as the distribution writes them (a back-fill sends nothing).
 */
@Component
class SignOffConfirmation {

    private final BulletinSignOff signOff;
    private final BulletinRecipients recipients;
    private final BulletinCycle workflow;
    private final PageMessages messages;

    SignOffConfirmation(
            BulletinSignOff signOff, BulletinRecipients recipients, BulletinCycle workflow, PageMessages messages) {
        this.signOff = signOff;
        this.recipients = recipients;
        this.workflow = workflow;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    Confirmation of(CurrentUser user, String key, int version, HttpServletRequest request, Locale locale) {
        Bulletin b = signOff.approvable(user, key, version);
        String page = "/bulletins/" + key + "/sign-off";
        Confirmation c = Confirmation.of(
                messages.message("confirm.signOff.title", locale, Periods.label(key)) + "（" + b.issueName() + "）",
                page,
                page,
                messages.message("confirm.signOff.button", locale),
                request);
        if (workflow.backfilled(key)) {
            return c.line(messages.message("confirm.signOff.backfill", locale));
        }
        List<String> names = names(b.id());
        if (names.isEmpty()) {
            return c.line(messages.message("confirm.signOff.nobody", locale));
        }
        return c.line(messages.message("confirm.signOff.what", locale, names.size()))
                .names(names)
                .note(messages.message("confirm.signOff.heads", locale));
    }

    /** One name per address, 报 first, as distribution sends one email per address. */
    private List<String> names(long bulletinId) {
        Map<String, String> byAddress = new LinkedHashMap<>();
        for (ListKind kind : ListKind.values()) {
            for (Recipient r : recipients.of(bulletinId, kind)) {
                byAddress.putIfAbsent(r.email(), r.name());
            }
        }
        return List.copyOf(byAddress.values());
    }
}
