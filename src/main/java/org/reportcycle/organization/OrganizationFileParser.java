package org.reportcycle.organization;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.reportcycle.organization.OrganizationFile.UserEntry;
import org.reportcycle.organization.Recipient.ListKind;
import org.reportcycle.system.EmailAddresses;
import org.reportcycle.system.Role;
import org.reportcycle.system.YamlDocument;
import org.reportcycle.system.YamlProblem;

/** Reads and checks the organisation file; every problem names the file, the line and the field. */
final class OrganizationFileParser {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,30}");
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");

    private OrganizationFileParser() {}

    static OrganizationFile parse(Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new OrganizationFileException(name, 0, "file", "the file does not exist");
        }
        try {
            return read(YamlDocument.read(file));
        } catch (YamlProblem p) {
            throw new OrganizationFileException(p.file(), p.line(), p.place(), p.problem());
        }
    }

    private static OrganizationFile read(YamlDocument root) {
        YamlDocument org = root.required("organization");
        List<UserEntry> users = users(root.required("users"));
        Organization organization = new Organization(
                org.text("name", 100),
                org.text("bulletinName", 100),
                optional(org, "editor", 50),
                optional(org, "phone", 50),
                org.text("signer", 50));
        Set<String> leaders = new HashSet<>();
        users.stream().filter(u -> u.roles().contains(Role.LEADER)).forEach(u -> leaders.add(u.username()));
        if (!leaders.contains(organization.signer())) {
            throw org.required("signer")
                    .problem("signer '" + organization.signer() + "' is not a user with role LEADER");
        }
        List<Department> departments = departments(root.required("departments"), leaders);
        checkUserDepartments(root.required("users"), users, departments);
        List<Recipient> recipients = new ArrayList<>();
        YamlDocument lists = root.required("distributionLists");
        recipients.addAll(recipients(lists.required("report"), ListKind.REPORT));
        recipients.addAll(recipients(lists.required("distribute"), ListKind.DISTRIBUTE));
        return new OrganizationFile(organization, users, departments, recipients);
    }

    /** Text that may be left out (then empty) and fits a database column of {@code max} characters. */
    private static String optional(YamlDocument node, String key, int max) {
        String value = node.optionalText(key, "").strip();
        if (value.length() > max) {
            throw node.required(key).problem("'" + key + "' is longer than " + max + " characters");
        }
        return value;
    }

    private static List<UserEntry> users(YamlDocument list) {
        List<UserEntry> users = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlDocument u : list.items()) {
            String username = u.text("username", 50);
            if (!seen.add(username)) {
                throw u.required("username").problem("username '" + username + "' appears twice");
            }
            Set<Role> roles = roles(u.required("roles"));
            String hash = u.text("passwordHash");
            if (!BCRYPT.matcher(hash).matches()) {
                throw u.required("passwordHash").problem("passwordHash must be a bcrypt hash ($2a$10$...)");
            }
            String title = u.optionalText("title", "");
            if (title.length() > 100) {
                throw u.required("title").problem("'title' is longer than 100 characters");
            }
            users.add(new UserEntry(
                    username, u.text("name", 50), email(u), roles, hash, u.optionalText("department", null), title));
        }
        return users;
    }

    private static Set<Role> roles(YamlDocument node) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (YamlDocument r : node.items()) {
            try {
                roles.add(Role.valueOf(r.scalar().trim()));
            } catch (IllegalArgumentException e) {
                throw r.problem("unknown role '" + r.scalar() + "' (known: DEPARTMENT_HEAD, OFFICE, LEADER, ADMIN)");
            }
        }
        if (roles.isEmpty()) {
            throw node.problem("a user needs at least one role");
        }
        return roles;
    }

    private static String email(YamlDocument node) {
        String email = node.text("email", 200).trim();
        if (!EmailAddresses.valid(email)) {
            throw node.required("email").problem("'" + email + "' is not an email address");
        }
        return email;
    }

    private static List<Department> departments(YamlDocument list, Set<String> leaders) {
        List<Department> departments = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlDocument d : list.items()) {
            String code = d.text("code");
            if (!CODE.matcher(code).matches() || !seen.add(code)) {
                throw d.required("code").problem("code '" + code + "' must be unique letters, digits, - or _");
            }
            String leader = d.text("responsibleLeader");
            if (!leaders.contains(leader)) {
                throw d.required("responsibleLeader").problem("'" + leader + "' is not a user with role LEADER");
            }
            departments.add(new Department(
                    code, d.text("name", 100), d.integer("order"), leader, d.flag("participating", true)));
        }
        return departments;
    }

    private static void checkUserDepartments(YamlDocument list, List<UserEntry> users, List<Department> departments) {
        Set<String> codes = new HashSet<>();
        departments.forEach(d -> codes.add(d.code()));
        List<YamlDocument> nodes = list.items();
        for (int i = 0; i < users.size(); i++) {
            UserEntry u = users.get(i);
            if (u.department() != null && !codes.contains(u.department())) {
                throw nodes.get(i).required("department").problem("unknown department '" + u.department() + "'");
            }
            if (u.roles().contains(Role.DEPARTMENT_HEAD) && u.department() == null) {
                throw nodes.get(i).problem("a DEPARTMENT_HEAD needs a 'department'");
            }
        }
    }

    private static List<Recipient> recipients(YamlDocument list, ListKind kind) {
        List<Recipient> recipients = new ArrayList<>();
        for (YamlDocument r : list.items()) {
            recipients.add(new Recipient(kind, r.text("name", 100), email(r)));
        }
        return recipients;
    }
}
