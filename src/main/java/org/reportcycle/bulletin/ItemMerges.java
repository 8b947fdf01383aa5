package org.reportcycle.bulletin;

import java.util.List;
import org.reportcycle.bulletin.BulletinItem.Section;
import org.reportcycle.system.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The merges of a draft, kept so that the office can undo one: the item kept as it was before and after, and the
 * merged item as it was (put back as included). Only the latest merge into an item can be undone, and only while
 * that item still reads as the merge left it, while the bulletin is a draft.
 */
@Component
public class ItemMerges {

    private final JdbcClient jdbc;

    ItemMerges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One merge as the compile page offers to undo it. */
    public record Merge(
            long id,
            long keptItemId,
            String keptBodyBefore,
            String keptBodyAfter,
            String mergedTitle,
            String mergedBody,
            String mergedDepartment) {}

    void record(long bulletinId, long keptItemId, String before, String after, BulletinItem merged) {
        jdbc.sql("""
                INSERT INTO bulletin_item_merge (bulletin_id, kept_item_id, kept_body_before, kept_body_after,
                    merged_title, merged_body, merged_department) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(bulletinId, keptItemId, before, after, merged.title(), merged.body(), merged.departmentCode())
                .update();
    }

    /** The merges that can be undone now: the latest into each item that still reads as that merge left it. */
    List<Merge> undoable(long bulletinId, List<BulletinItem> items) {
        List<Merge> all = jdbc.sql("""
                SELECT id, kept_item_id, kept_body_before, kept_body_after, merged_title, merged_body,
                    merged_department FROM bulletin_item_merge WHERE bulletin_id = ? ORDER BY id DESC""")
                .param(bulletinId)
                .query(RecordRows.of(Merge.class))
                .list();
        return all.stream()
                .filter(m -> all.stream().noneMatch(o -> o.keptItemId() == m.keptItemId() && o.id() > m.id()))
                .filter(m -> items.stream()
                        .anyMatch(i -> i.id() == m.keptItemId() && i.body().equals(m.keptBodyAfter())))
                .toList();
    }

    /** Puts the merged item back after the one it was merged into; false if this merge cannot be undone now. */
    boolean undo(long bulletinId, long mergeId, List<BulletinItem> items, Bulletins bulletins) {
        Merge m = undoable(bulletinId, items).stream()
                .filter(u -> u.id() == mergeId)
                .findFirst()
                .orElse(null);
        if (m == null) {
            return false;
        }
        BulletinItem kept =
                items.stream().filter(i -> i.id() == m.keptItemId()).findFirst().orElseThrow();
        List<BulletinItem> completions =
                items.stream().filter(i -> i.section() == Section.COMPLETION).toList();
        for (BulletinItem i : completions) {
            if (i.position() > kept.position()) {
                bulletins.updateItem(i.id(), i.position() + 1, i.title(), i.body(), i.excluded());
            }
        }
        bulletins.updateItem(kept.id(), kept.position(), kept.title(), m.keptBodyBefore(), kept.excluded());
        bulletins.insertItem(
                bulletinId,
                new BulletinItem(
                        0,
                        Section.COMPLETION,
                        kept.position() + 1,
                        false,
                        m.mergedDepartment(),
                        m.mergedTitle(),
                        m.mergedBody(),
                        null,
                        null,
                        null,
                        null));
        jdbc.sql("DELETE FROM bulletin_item_merge WHERE id = ?").param(mergeId).update();
        return true;
    }
}
