package org.reportcycle.bulletin;

import java.util.List;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.organization.Recipient;
import org.reportcycle.organization.Recipient.ListKind;
import org.reportcycle.system.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who receives one issue, per list: printed in its 报 / 发 footer and sent an email each. A new draft starts with
 * the organisation's lists; the editor may change them for that issue, down to none. (Bulletins made before this
 * table got the organisation's lists by migration V10.)
 */
@Repository
class BulletinRecipients {

    private final JdbcClient jdbc;
    private final OrganizationDirectory directory;

    BulletinRecipients(JdbcClient jdbc, OrganizationDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    List<Recipient> of(long bulletinId, ListKind kind) {
        return jdbc.sql("""
                SELECT list_kind AS list, name, email FROM bulletin_recipient
                WHERE bulletin_id = ? AND list_kind = ? ORDER BY position""")
                .params(bulletinId, kind.name())
                .query(RecordRows.of(Recipient.class))
                .list();
    }

    /** Whether the issue goes to anyone at all, on either list. */
    boolean anyone(long bulletinId) {
        return jdbc.sql("SELECT COUNT(*) FROM bulletin_recipient WHERE bulletin_id = ?")
                        .param(bulletinId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void copyFromOrganization(long bulletinId) {
        for (ListKind kind : ListKind.values()) {
            replace(bulletinId, kind, directory.recipients(kind));
        }
    }

    void replace(long bulletinId, ListKind kind, List<Recipient> recipients) {
        jdbc.sql("DELETE FROM bulletin_recipient WHERE bulletin_id = ? AND list_kind = ?")
                .params(bulletinId, kind.name())
                .update();
        for (int i = 0; i < recipients.size(); i++) {
            jdbc.sql(
                            "INSERT INTO bulletin_recipient (bulletin_id, list_kind, position, name, email) VALUES (?, ?, ?, ?, ?)")
                    .params(
                            bulletinId,
                            kind.name(),
                            i,
                            recipients.get(i).name(),
                            recipients.get(i).email())
                    .update();
        }
    }
}
