package org.reportcycle.bulletin;

import java.util.List;
import org.reportcycle.bulletin.BulletinItem.Section;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.Role;
import org.reportcycle.system.Validation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Special issues (专刊): written by the office outside the monthly cycle, numbered in the same yearly sequence,
 * then edited, signed off and distributed like a monthly bulletin.
 */
@Service
public class SpecialIssues {

    private final BulletinCompiler compiler;
    private final Bulletins bulletins;

    SpecialIssues(BulletinCompiler compiler, Bulletins bulletins) {
        this.compiler = compiler;
        this.bulletins = bulletins;
    }

    @Transactional
    public BulletinView create(CurrentUser user, SpecialIssueDraft draft) {
        user.requireRole(Role.OFFICE);
        validate(draft);
        long id = compiler.create(
                BulletinKind.SPECIAL,
                null,
                draft.title().strip(),
                "",
                draft.intro() == null || draft.intro().isBlank()
                        ? null
                        : draft.intro().strip(),
                user.username());
        for (int i = 0; i < draft.items().size(); i++) {
            SpecialIssueDraft.Item item = draft.items().get(i);
            bulletins.insertItem(
                    id,
                    new BulletinItem(
                            0,
                            Section.COMPLETION,
                            i,
                            false,
                            null,
                            item.title().strip(),
                            item.body() == null ? "" : item.body().strip(),
                            null,
                            null,
                            null,
                            null));
        }
        return compiler.view(user, Bulletin.specialKey(id));
    }

    /** Every special issue, newest first: for those who oversee the office's work. */
    @Transactional(readOnly = true)
    public List<Bulletin> list(CurrentUser user) {
        if (!user.oversees()) {
            user.requireRole(Role.OFFICE);
        }
        return bulletins.specialIssues();
    }

    private static void validate(SpecialIssueDraft draft) {
        Validation v = new Validation().text(draft.title(), "title", 200).optionalText(draft.intro(), "intro", 4000);
        for (int i = 0; i < draft.items().size(); i++) {
            v.text(draft.items().get(i).title(), "items[" + i + "].title", 500);
            v.optionalText(draft.items().get(i).body(), "items[" + i + "].body", 8000);
        }
        v.throwIfInvalid();
    }
}
