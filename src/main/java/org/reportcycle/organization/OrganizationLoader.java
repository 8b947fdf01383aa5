package org.reportcycle.organization;

import java.nio.file.Path;
import java.util.List;
import org.reportcycle.organization.OrganizationFile.UserEntry;
import org.reportcycle.system.RecordRows;
import org.reportcycle.system.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the organisation file into the database at start-up, before the engine's jobs run. Idempotent: a
 * restart with the same file changes nothing; what the file no longer lists is deactivated, never deleted,
 * because earlier reports refer to it. A broken file stops start-up.
 */
@Component
class OrganizationLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(OrganizationLoader.class);

    private final OrganizationSettings settings;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    OrganizationLoader(OrganizationSettings settings, JdbcClient jdbc, TransactionTemplate tx) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void afterSingletonsInstantiated() {
        OrganizationFile file = OrganizationFileParser.parse(Path.of(settings.file()));
        tx.executeWithoutResult(s -> write(file));
        log.info(
                "Organisation from {}: {} departments, {} users, {} recipients",
                settings.file(),
                file.departments().size(),
                file.users().size(),
                file.recipients().size());
    }

    private void write(OrganizationFile file) {
        Organization o = file.organization();
        upsert(
                "UPDATE organization SET name = ?, bulletin_name = ?, editor = ?, phone = ?, signer = ? WHERE id = ?",
                "INSERT INTO organization (name, bulletin_name, editor, phone, signer, id) VALUES (?, ?, ?, ?, ?, ?)",
                o.name(),
                o.bulletinName(),
                o.editor(),
                o.phone(),
                o.signer(),
                1);
        leaders(file.users());
        departments(file.departments());
        users(file.users());
        recipients(file.recipients());
    }

    private void leaders(List<UserEntry> users) {
        jdbc.sql("UPDATE leader SET active = FALSE").update();
        users.stream()
                .filter(u -> u.roles().contains(Role.LEADER))
                .forEach(u -> upsert(
                        "UPDATE leader SET name = ?, title = ?, active = TRUE WHERE username = ?",
                        "INSERT INTO leader (name, title, active, username) VALUES (?, ?, TRUE, ?)",
                        u.name(),
                        u.title(),
                        u.username()));
    }

    private void departments(List<Department> departments) {
        jdbc.sql("UPDATE department SET active = FALSE, participating = FALSE").update();
        departments.forEach(d -> upsert(
                """
                UPDATE department SET name = ?, display_order = ?, responsible_leader = ?, participating = ?,
                active = TRUE WHERE code = ?""",
                "INSERT INTO department (name, display_order, responsible_leader, participating, active, code) "
                        + "VALUES (?, ?, ?, ?, TRUE, ?)",
                d.name(),
                d.displayOrder(),
                d.responsibleLeader(),
                d.participating(),
                d.code()));
    }

    private void users(List<UserEntry> users) {
        jdbc.sql("UPDATE app_user SET enabled = FALSE").update();
        users.forEach(u -> upsert(
                """
                UPDATE app_user SET name = ?, email = ?, password_hash = ?, department_code = ?, roles = ?,
                enabled = TRUE WHERE username = ?""",
                "INSERT INTO app_user (name, email, password_hash, department_code, roles, enabled, username) "
                        + "VALUES (?, ?, ?, ?, ?, TRUE, ?)",
                u.name(),
                u.email(),
                u.passwordHash(),
                u.department(),
                UserAccounts.stored(u.roles()),
                u.username()));
    }

    /** Lists are replaced only when they differ, so a restart leaves them as they were. */
    private void recipients(List<Recipient> recipients) {
        List<Recipient> stored = jdbc.sql("SELECT list_kind AS list, name, email FROM distribution_recipient "
                        + "ORDER BY list_kind DESC, position")
                .query(RecordRows.of(Recipient.class))
                .list();
        if (stored.equals(recipients)) {
            return;
        }
        jdbc.sql("DELETE FROM distribution_recipient").update();
        for (int i = 0; i < recipients.size(); i++) {
            Recipient r = recipients.get(i);
            jdbc.sql("INSERT INTO distribution_recipient (list_kind, position, name, email) VALUES (?, ?, ?, ?)")
                    .params(r.list().name(), i, r.name(), r.email())
                    .update();
        }
    }

    /** Updates the row whose key is the last argument, or inserts it; the statements share argument order. */
    private void upsert(String update, String insert, Object... args) {
        if (jdbc.sql(update).params(args).update() == 0) {
            jdbc.sql(insert).params(args).update();
        }
    }
}
