package org.reportcycle.bulletin;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bulletin rows and their items. */
@Repository
class Bulletins {

    private final JdbcClient jdbc;

    Bulletins(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Bulletin> find(String period) {
        return jdbc.sql("SELECT * FROM bulletin WHERE period = ?").param(period).query(Bulletin.class).optional();
    }

    int nextNumber(int year) {
        return jdbc.sql("SELECT COALESCE(MAX(issue_number), 0) + 1 FROM bulletin WHERE issue_year = ?")
            .param(year).query(Integer.class).single();
    }

    boolean numberTaken(int year, int number, long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM bulletin WHERE issue_year = ? AND issue_number = ? AND id <> ?")
            .params(year, number, exceptId).query(Integer.class).single() > 0;
    }

    void insert(Bulletin b) {
        jdbc.sql("""
                INSERT INTO bulletin (period, status, version, issue_year, issue_number, issue_date, title,
                    plan_title, intro) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)""")
            .params(b.period(), b.status().name(), b.issueYear(), b.issueNumber(), Date.valueOf(b.issueDate()),
                b.title(), b.planTitle(), b.intro())
            .update();
    }

    /** Writes the editor's header fields if the bulletin is still at {@code version}. */
    boolean updateHeader(long id, int version, BulletinEdit e) {
        return jdbc.sql("""
                UPDATE bulletin SET issue_year = ?, issue_number = ?, issue_date = ?, title = ?, intro = ?,
                    plan_title = ?, version = version + 1 WHERE id = ? AND version = ? AND status = 'DRAFT'""")
            .params(e.issueDate().getYear(), e.issueNumber(), Date.valueOf(e.issueDate()), e.title().strip(),
                e.intro() == null || e.intro().isBlank() ? null : e.intro().strip(), e.planTitle().strip(), id, version)
            .update() == 1;
    }

    /** Moves the bulletin from one status to another if it is still at {@code version}. */
    boolean move(long id, int version, BulletinStatus from, BulletinStatus to) {
        return jdbc.sql("UPDATE bulletin SET status = ?, version = version + 1 WHERE id = ? AND version = ? AND status = ?")
            .params(to.name(), id, version, from.name()).update() == 1;
    }

    void signedOff(long id, String comment, String approvedBy, Instant at, String hash) {
        jdbc.sql("UPDATE bulletin SET signer_comment = ?, approved_by = ?, approved_at = ?, approved_hash = ? WHERE id = ?")
            .params(comment, approvedBy, at == null ? null : Timestamp.from(at), hash, id).update();
    }

    void published(long id, Instant at, String text, String html) {
        jdbc.sql("UPDATE bulletin SET status = 'PUBLISHED', published_at = ?, archived_text = ?, archived_html = ? "
                + "WHERE id = ?")
            .params(Timestamp.from(at), text, html, id).update();
    }

    Optional<String> archivedHtml(String period) {
        return jdbc.sql("SELECT archived_html FROM bulletin WHERE period = ? AND status = 'PUBLISHED'")
            .param(period).query(String.class).optional();
    }

    List<BulletinItem> items(long bulletinId) {
        return jdbc.sql("SELECT * FROM bulletin_item WHERE bulletin_id = ? ORDER BY section, position")
            .param(bulletinId).query(BulletinItem.class).list();
    }

    void insertItem(long bulletinId, BulletinItem i) {
        jdbc.sql("""
                INSERT INTO bulletin_item (bulletin_id, section, position, excluded, department_code, title, body,
                    plan_item_id, responsible, departments, deadline_text) VALUES (?, ?, ?, FALSE, ?, ?, ?, ?, ?, ?, ?)""")
            .params(bulletinId, i.section().name(), i.position(), i.departmentCode(), i.title(), i.body(),
                i.planItemId(), i.responsible(), i.departments(), i.deadlineText())
            .update();
    }

    void updateItem(long id, int position, BulletinEdit.ItemEdit e) {
        jdbc.sql("UPDATE bulletin_item SET position = ?, title = ?, body = ?, excluded = ? WHERE id = ?")
            .params(position, e.title().strip(), e.body() == null ? "" : e.body().strip(), e.excluded(), id).update();
    }
}
