package org.reportcycle.bulletin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.reportcycle.bulletin.BulletinEdit.ItemEdit;
import org.reportcycle.bulletin.BulletinEdit.RecipientEdit;
import org.reportcycle.bulletin.BulletinItem.Section;
import org.reportcycle.organization.Recipient;
import org.reportcycle.organization.Recipient.ListKind;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applies the office's edits to a draft: header and footer, lists, and items reordered, left out, merged or added. */
@Service
public class BulletinEditor {

    private final BulletinCompiler compiler;
    private final Bulletins bulletins;
    private final BulletinRecipients recipients;
    private final BulletinDocuments documents;
    private final Clock clock;
    private final ItemMerges merges;

    BulletinEditor(
            BulletinCompiler compiler,
            Bulletins bulletins,
            BulletinRecipients recipients,
            BulletinDocuments documents,
            Clock clock,
            ItemMerges merges) {
        this.clock = clock;
        this.merges = merges;
        this.compiler = compiler;
        this.bulletins = bulletins;
        this.recipients = recipients;
        this.documents = documents;
    }

    @Transactional
    public BulletinView edit(CurrentUser user, String key, BulletinEdit edit) {
        Bulletin b = draft(user, key);
        BulletinEdit e = edit.orCurrent(b, documents.of(b), lines(b, ListKind.REPORT), lines(b, ListKind.DISTRIBUTE));
        List<BulletinItem> items = bulletins.items(b.id());
        BulletinEditCheck.of(b, e, items, LocalDate.now(clock)).throwIfInvalid();
        if (e.version() != b.version()) {
            throw new ConflictException("error.bulletin.stale");
        }
        if (bulletins.numberTaken(e.issueDate().getYear(), e.issueNumber(), b.id())) {
            throw new ConflictException(
                    "error.bulletin.numberTaken", e.issueDate().getYear(), e.issueNumber());
        }
        if (!bulletins.updateHeader(b.id(), e.version(), e)) {
            throw new ConflictException("error.bulletin.stale");
        }
        recipients.replace(b.id(), ListKind.REPORT, recipients(ListKind.REPORT, e.reportTo()));
        recipients.replace(b.id(), ListKind.DISTRIBUTE, recipients(ListKind.DISTRIBUTE, e.distributeTo()));
        applyItems(b.id(), e.items(), items);
        return compiler.view(user, key);
    }

    /** Undoes a merge of this draft: the merged item is back after the one it joined, which reads as before. */
    @Transactional
    public BulletinView unmerge(CurrentUser user, String key, long mergeId) {
        Bulletin b = draft(user, key);
        if (!merges.undo(b.id(), mergeId, bulletins.items(b.id()), bulletins)) {
            throw new ConflictException("error.bulletin.unmerge");
        }
        return compiler.view(user, key);
    }

    /** The bulletin the office is editing, refused once it has left the draft. */
    private Bulletin draft(CurrentUser user, String key) {
        user.requireRole(Role.OFFICE);
        Bulletin b = compiler.find(key);
        if (b.status() != BulletinStatus.DRAFT) {
            throw new ConflictException("error.bulletin.notDraft", b.status().name());
        }
        return b;
    }

    /** The merges of this draft the office can undo now. */
    public List<ItemMerges.Merge> undoableMerges(BulletinView view) {
        return view.bulletin().status() == BulletinStatus.DRAFT
                ? merges.undoable(view.bulletin().id(), view.items())
                : List.of();
    }

    private List<RecipientEdit> lines(Bulletin b, ListKind kind) {
        return recipients.of(b.id(), kind).stream()
                .map(r -> new RecipientEdit(r.name(), r.email()))
                .toList();
    }

    private static List<Recipient> recipients(ListKind kind, List<RecipientEdit> lines) {
        return lines.stream()
                .map(r -> new Recipient(kind, r.name().strip(), r.email().strip()))
                .toList();
    }

    /**
     * Positions follow the order given, counted per section. A merged item's title and body become a paragraph
     * at the end of the body of the item kept before it, and the merged item is gone.
     */
    private void applyItems(long bulletinId, List<ItemEdit> edits, List<BulletinItem> current) {
        Map<Long, BulletinItem> byId = current.stream().collect(Collectors.toMap(BulletinItem::id, i -> i));
        Map<Long, Section> sections =
                current.stream().collect(Collectors.toMap(BulletinItem::id, BulletinItem::section));
        Map<Section, List<Kept>> kept = new EnumMap<>(Section.class);
        for (ItemEdit e : edits) {
            Section section = e.id() == null ? Section.COMPLETION : sections.get(e.id());
            List<Kept> inSection = kept.computeIfAbsent(section, s -> new ArrayList<>());
            if (e.mergeIntoPrevious()) {
                Kept target = inSection.get(inSection.size() - 1);
                String before = target.body;
                target.append(e.title().strip(), strip(e.body()));
                if (target.id != null) {
                    merges.record(bulletinId, target.id, before, target.body, byId.get(e.id()));
                }
                bulletins.deleteItem(e.id());
            } else {
                inSection.add(new Kept(e.id(), e.title().strip(), strip(e.body()), e.excluded()));
                if (e.id() != null && section == Section.PLAN) {
                    bulletins.updatePlanLines(
                            e.id(), stripped(e.responsible()), stripped(e.departments()), stripped(e.deadlineText()));
                }
            }
        }
        kept.forEach((section, list) -> {
            for (int position = 0; position < list.size(); position++) {
                list.get(position).save(bulletinId, section, position, bulletins);
            }
        });
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String stripped(String s) {
        return s == null ? null : s.strip();
    }

    /** An item as it will be written. */
    private static final class Kept {
        private final Long id;
        private final String title;
        private final boolean excluded;
        private String body;

        Kept(Long id, String title, String body, boolean excluded) {
            this.id = id;
            this.title = title;
            this.body = body;
            this.excluded = excluded;
        }

        /** The merged item's title sentence runs into its body, as the bulletin prints a paragraph. */
        void append(String mergedTitle, String mergedBody) {
            String sentence = mergedBody.isEmpty() || mergedTitle.matches(".*[。！？；：]$")
                    ? mergedTitle + mergedBody
                    : mergedTitle + "。" + mergedBody;
            body = body.isEmpty() ? sentence : body + "\n" + sentence;
        }

        void save(long bulletinId, Section section, int position, Bulletins bulletins) {
            if (id == null) {
                bulletins.insertItem(
                        bulletinId,
                        new BulletinItem(0, section, position, false, null, title, body, null, null, null, null));
            } else {
                bulletins.updateItem(id, position, title, body, excluded);
            }
        }
    }
}
