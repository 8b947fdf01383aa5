package org.reportcycle.integration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * The demo organisation as config/organization.yml writes it, read independently of the application's own loader,
 * so that tests state their expectations from the file rather than from what the application made of it.
 */
public record DemoOrganization(
        String bulletinName,
        String signer,
        Map<String, String> headOf,
        Map<String, String> emailOf,
        Map<String, String> leaderOf,
        List<String> reportTo,
        List<String> distributeTo) {

    public static final Path FILE = Path.of("config/organization.yml");
    public static final String PASSWORD = "demo";

    @SuppressWarnings("unchecked")
    public static DemoOrganization load() {
        Map<String, Object> root;
        try (InputStream in = Files.newInputStream(FILE)) {
            root = new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> org = (Map<String, Object>) root.get("organization");
        Map<String, String> heads = new LinkedHashMap<>();
        Map<String, String> emails = new LinkedHashMap<>();
        for (Map<String, Object> u : (List<Map<String, Object>>) root.get("users")) {
            emails.put((String) u.get("username"), (String) u.get("email"));
            if (((List<String>) u.get("roles")).contains("DEPARTMENT_HEAD")) {
                heads.put((String) u.get("department"), (String) u.get("username"));
            }
        }
        Map<String, String> leaders = new LinkedHashMap<>();
        for (Map<String, Object> d : (List<Map<String, Object>>) root.get("departments")) {
            leaders.put((String) d.get("code"), (String) d.get("responsibleLeader"));
        }
        Map<String, List<Map<String, String>>> lists =
                (Map<String, List<Map<String, String>>>) root.get("distributionLists");
        return new DemoOrganization(
                (String) org.get("bulletinName"),
                (String) org.get("signer"),
                heads,
                emails,
                leaders,
                emails(lists.get("report")),
                emails(lists.get("distribute")));
    }

    private static List<String> emails(List<Map<String, String>> recipients) {
        return recipients.stream().map(r -> r.get("email")).toList();
    }

    /** The department a head belongs to. */
    public String departmentOf(String head) {
        return headOf.entrySet().stream()
                .filter(e -> e.getValue().equals(head))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }
}
