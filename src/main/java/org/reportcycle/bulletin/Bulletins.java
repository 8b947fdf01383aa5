package org.reportcycle.bulletin;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.RecordRows;
import org.reportcycle.system.TransientConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Bulletin rows and their items. */
@Repository
class Bulletins {

    private final JdbcClient jdbc;

    Bulletins(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By key: a period (2026-11) or a special issue's {@code special-<id>}. */
    Optional<Bulletin> find(String key) {
        Optional<Long> special = Bulletin.specialId(key);
        if (special.isPresent()) {
            return jdbc.sql("SELECT * FROM bulletin WHERE id = ? AND kind = 'SPECIAL'")
                    .param(special.get())
                    .query(RecordRows.of(Bulletin.class))
                    .optional();
        }
        return jdbc.sql("SELECT * FROM bulletin WHERE period = ?")
                .param(key)
                .query(RecordRows.of(Bulletin.class))
                .optional();
    }

    Optional<Bulletin> byId(long id) {
        return jdbc.sql("SELECT * FROM bulletin WHERE id = ?")
                .param(id)
                .query(RecordRows.of(Bulletin.class))
                .optional();
    }

    Optional<Bulletin> published(int year, int number) {
        return jdbc.sql("SELECT * FROM bulletin WHERE issue_year = ? AND issue_number = ? AND status = 'PUBLISHED'")
                .params(year, number)
                .query(RecordRows.of(Bulletin.class))
                .optional();
    }

    boolean numberTaken(int year, int number, long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM bulletin WHERE issue_year = ? AND issue_number = ? AND id <> ?")
                        .params(year, number, exceptId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * Inserts a draft numbered by {@link IssueNumbers}; a number an editor typed for another draft meanwhile
     * (unique per year) is a race nobody chose: the whole action is tried again and takes the next number.
     */
    long insert(Bulletin b, String createdBy) {
        try {
            return insertRow(b, createdBy);
        } catch (DuplicateKeyException e) {
            throw new TransientConflictException(e);
        }
    }

    private long insertRow(Bulletin b, String createdBy) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO bulletin (period, kind, status, version, issue_year, issue_number, issue_date, title,
                    plan_title, intro, numbering, bulletin_name, organization_name, editor, phone, created_by)
                VALUES (?, ?, 'DRAFT', 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        b.period(),
                        b.kind().name(),
                        b.issueYear(),
                        b.issueNumber(),
                        Date.valueOf(b.issueDate()),
                        b.title(),
                        b.planTitle(),
                        b.intro(),
                        b.numbering().name(),
                        b.bulletinName(),
                        b.organizationName(),
                        b.editor(),
                        b.phone(),
                        createdBy)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Writes the editor's header and footer fields if the bulletin is still a draft at {@code version}; a number
     * another bulletin took meanwhile is a 409.
     */
    boolean updateHeader(long id, int version, BulletinEdit e) {
        try {
            return writeHeader(id, version, e);
        } catch (DuplicateKeyException ex) {
            throw new ConflictException(
                    "error.bulletin.numberTaken", e.issueDate().getYear(), e.issueNumber());
        }
    }

    private boolean writeHeader(long id, int version, BulletinEdit e) {
        return jdbc.sql("""
                UPDATE bulletin SET issue_year = ?, issue_number = ?, issue_date = ?, title = ?, intro = ?,
                    plan_title = ?, numbering = ?, bulletin_name = ?, organization_name = ?, editor = ?, phone = ?,
                    version = version + 1 WHERE id = ? AND version = ? AND status = 'DRAFT'""")
                        .params(
                                e.issueDate().getYear(),
                                e.issueNumber(),
                                Date.valueOf(e.issueDate()),
                                e.title().strip(),
                                blankToNull(e.intro()),
                                e.planTitle() == null ? "" : e.planTitle().strip(),
                                e.numbering().name(),
                                e.bulletinName().strip(),
                                e.organizationName().strip(),
                                stripped(e.editor()),
                                stripped(e.phone()),
                                id,
                                version)
                        .update()
                == 1;
    }

    /** Moves the bulletin from one status to another if it is still at {@code version}. */
    boolean move(long id, int version, BulletinStatus from, BulletinStatus to) {
        return jdbc.sql(
                                "UPDATE bulletin SET status = ?, version = version + 1 WHERE id = ? AND version = ? AND status = ?")
                        .params(to.name(), id, version, from.name())
                        .update()
                == 1;
    }

    void signedOff(long id, String comment, String approvedBy, Instant at, String hash) {
        jdbc.sql(
                        "UPDATE bulletin SET signer_comment = ?, approved_by = ?, approved_at = ?, approved_hash = ? WHERE id = ?")
                .params(comment, approvedBy, at == null ? null : Timestamp.from(at), hash, id)
                .update();
    }

    /** An approved bulletin back to a draft, its approval gone, with the reason the office is shown. */
    void reopened(long id, String reason) {
        jdbc.sql("""
                UPDATE bulletin SET status = 'DRAFT', version = version + 1, approved_by = NULL, approved_at = NULL,
                    approved_hash = NULL, reopened_reason = ? WHERE id = ? AND status = 'APPROVED'""").params(reason, id).update();
    }

    /** Why the bulletin came back to the office other than by the signer's return, if it did. */
    Optional<String> reopenedReason(long id) {
        return jdbc.sql("SELECT reopened_reason FROM bulletin WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .filter(r -> r != null);
    }

    void clearReopenedReason(long id) {
        jdbc.sql("UPDATE bulletin SET reopened_reason = NULL WHERE id = ?")
                .param(id)
                .update();
    }

    /** Marks it published; the text is kept beside the files for the archive's search. */
    void published(long id, Instant at, String text) {
        jdbc.sql("UPDATE bulletin SET status = 'PUBLISHED', published_at = ?, archived_text = ? WHERE id = ?")
                .params(Timestamp.from(at), text, id)
                .update();
    }

    List<BulletinItem> items(long bulletinId) {
        return jdbc.sql("SELECT * FROM bulletin_item WHERE bulletin_id = ? ORDER BY section, position, id")
                .param(bulletinId)
                .query(RecordRows.of(BulletinItem.class))
                .list();
    }

    void insertItem(long bulletinId, BulletinItem i) {
        jdbc.sql("""
                INSERT INTO bulletin_item (bulletin_id, section, position, excluded, department_code, title, body,
                    plan_item_id, responsible, departments, deadline_text) VALUES (?, ?, ?, FALSE, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        bulletinId,
                        i.section().name(),
                        i.position(),
                        i.departmentCode(),
                        i.title(),
                        i.body(),
                        i.planItemId(),
                        i.responsible(),
                        i.departments(),
                        i.deadlineText())
                .update();
    }

    void updateItem(long id, int position, String title, String body, boolean excluded) {
        jdbc.sql("UPDATE bulletin_item SET position = ?, title = ?, body = ?, excluded = ? WHERE id = ?")
                .params(position, title, body, excluded, id)
                .update();
    }

    /** A plan item's printed lines; a null keeps the line as it is. */
    void updatePlanLines(long id, String responsible, String departments, String deadlineText) {
        jdbc.sql("""
                UPDATE bulletin_item SET responsible = COALESCE(?, responsible),
                    departments = COALESCE(?, departments), deadline_text = COALESCE(?, deadline_text)
                WHERE id = ? AND section = 'PLAN'""").params(responsible, departments, deadlineText, id).update();
    }

    void deleteItem(long id) {
        jdbc.sql("DELETE FROM bulletin_item WHERE id = ?").param(id).update();
    }

    /** Special issues, newest first. */
    List<Bulletin> specialIssues() {
        return jdbc.sql(
                        "SELECT * FROM bulletin WHERE kind = 'SPECIAL' ORDER BY issue_year DESC, issue_number DESC, id DESC")
                .query(RecordRows.of(Bulletin.class))
                .list();
    }

    /** Empty, not null, for a field left empty: null would mean "as the organisation file says". */
    private static String stripped(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
