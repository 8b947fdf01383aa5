package org.reportcycle.organization;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.reportcycle.organization.Recipient.ListKind;
import org.reportcycle.system.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the organisation as loaded into the database. */
@Service
public class OrganizationDirectory {

    private static final String DEPARTMENTS =
            "SELECT code, name, display_order, responsible_leader, participating FROM department WHERE active";
    private static final String LEADERS = "SELECT username, name, title FROM leader WHERE active";

    private final JdbcClient jdbc;

    OrganizationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Organization organization() {
        return jdbc.sql("SELECT name, bulletin_name, editor, phone, signer FROM organization WHERE id = 1")
                .query(RecordRows.of(Organization.class))
                .single();
    }

    /** Active departments in display order. */
    public List<Department> departments() {
        return jdbc.sql(DEPARTMENTS + " ORDER BY display_order, code")
                .query(RecordRows.of(Department.class))
                .list();
    }

    /** Department codes in display order; codes no longer in the organisation last, by code. */
    public Comparator<String> departmentOrder() {
        Map<String, Integer> order =
                departments().stream().collect(Collectors.toMap(Department::code, Department::displayOrder));
        return Comparator.comparing((String code) -> order.getOrDefault(code, Integer.MAX_VALUE))
                .thenComparing(Comparator.nullsFirst(Comparator.<String>naturalOrder()));
    }

    public List<Department> participatingDepartments() {
        return departments().stream().filter(Department::participating).toList();
    }

    /** One active department, read by its key (not by scanning the list: it is asked once per report). */
    public Optional<Department> department(String code) {
        return jdbc.sql(DEPARTMENTS + " AND code = ?")
                .param(code)
                .query(RecordRows.of(Department.class))
                .optional();
    }

    public List<Leader> leaders() {
        return jdbc.sql(LEADERS + " ORDER BY username")
                .query(RecordRows.of(Leader.class))
                .list();
    }

    public Optional<Leader> leader(String username) {
        return jdbc.sql(LEADERS + " AND username = ?")
                .param(username)
                .query(RecordRows.of(Leader.class))
                .optional();
    }

    public List<Recipient> recipients(ListKind list) {
        return jdbc.sql("""
                SELECT list_kind AS list, name, email FROM distribution_recipient
                WHERE list_kind = ? ORDER BY position""")
                .param(list.name())
                .query(RecordRows.of(Recipient.class))
                .list();
    }

    /** Enabled department heads of one department. */
    public List<Person> headsOf(String departmentCode) {
        return jdbc.sql("""
                SELECT username, name, email FROM app_user
                WHERE enabled AND department_code = ? AND roles LIKE '%DEPARTMENT_HEAD%' ORDER BY username""")
                .param(departmentCode)
                .query(RecordRows.of(Person.class))
                .list();
    }

    /** Enabled users holding a role, e.g. everyone in the office. */
    public List<Person> withRole(String role) {
        return jdbc.sql("SELECT username, name, email FROM app_user WHERE enabled AND roles LIKE ? ORDER BY username")
                .param("%" + role + "%")
                .query(RecordRows.of(Person.class))
                .list();
    }

    public Optional<Person> person(String username) {
        return jdbc.sql("SELECT username, name, email FROM app_user WHERE username = ?")
                .param(username)
                .query(RecordRows.of(Person.class))
                .optional();
    }
}
