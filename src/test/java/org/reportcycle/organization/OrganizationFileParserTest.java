package org.reportcycle.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.support.Refusals.refused;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A broken organisation file stops start-up with a message that names the file, the line and the problem. */
class OrganizationFileParserTest {

    private static final String HASH = "$2a$10$dKd3Z8khKPnoNvWtbmKEb.zOjovi31vJmLUmpE6dfEsxM0sMG3OD.";

    /** A small valid file; each broken case replaces one line of it. */
    private static final String VALID = """
        organization:
          name: 示例市总工会
          bulletinName: 工会要情摘报
          editor: 周文
          phone: 0716-8000000
          signer: li.minghua
        users:
          - { username: li.minghua, name: 李明华, email: li@example.org, roles: [LEADER], passwordHash: "%1$s" }
          - { username: office, name: 周文, email: office@example.org, roles: [OFFICE], passwordHash: "%1$s" }
          - { username: zzb, name: 孙立, email: zzb@example.org, roles: [DEPARTMENT_HEAD], department: ZZB, passwordHash: "%1$s" }
        departments:
          - { code: ZZB, name: 组织部, order: 1, responsibleLeader: li.minghua }
        distributionLists:
          report:
            - { name: 省总工会, email: shengzong@example.org }
          distribute:
            - { name: 各县市区总工会, email: county-unions@example.org }
        """.formatted(HASH);

    @TempDir
    Path dir;

    record Broken(String description, String line, String replacement, String problem) {
        @Override
        public String toString() {
            return description;
        }
    }

    static Stream<Broken> brokenFiles() {
        return Stream.of(
                new Broken("an unknown role", "roles: [OFFICE]", "roles: [OFFICE, CHIEF]", "unknown role 'CHIEF'"),
                new Broken(
                        "a department led by someone who is no leader",
                        "responsibleLeader: li.minghua",
                        "responsibleLeader: office",
                        "'office' is not a user with role LEADER"),
                new Broken(
                        "a YAML syntax error",
                        "roles: [DEPARTMENT_HEAD]",
                        "roles: [DEPARTMENT_HEAD }",
                        "expected ',' or ']'"),
                new Broken(
                        "a head of an unknown department",
                        "department: ZZB",
                        "department: XYZ",
                        "unknown department 'XYZ'"),
                new Broken(
                        "a user listed twice",
                        "username: office, name: 周文",
                        "username: li.minghua, name: 周文",
                        "username 'li.minghua' appears twice"),
                new Broken(
                        "a password that is no bcrypt hash",
                        "email: office@example.org, roles: [OFFICE], passwordHash: \"" + HASH,
                        "email: office@example.org, roles: [OFFICE], passwordHash: \"demo",
                        "passwordHash must be a bcrypt hash"),
                new Broken(
                        "a recipient without a valid email",
                        "email: shengzong@example.org",
                        "email: shengzong-at-example.org",
                        "'shengzong-at-example.org' is not an email address"),
                new Broken(
                        "a department name too long to store",
                        "name: 组织部,",
                        "name: " + "组".repeat(101) + ",",
                        "'name' is longer than 100 characters"),
                new Broken(
                        "a user name too long to store",
                        "name: 孙立,",
                        "name: " + "孙".repeat(51) + ",",
                        "'name' is longer than 50 characters"),
                new Broken(
                        "an editor too long to store",
                        "editor: 周文",
                        "editor: " + "周".repeat(51),
                        "'editor' is longer than 50 characters"),
                new Broken(
                        "a signer who is no leader",
                        "signer: li.minghua",
                        "signer: office",
                        "signer 'office' is not a user with role LEADER"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void namesTheFileTheLineAndTheProblem(Broken broken) throws IOException {
        assertThat(VALID).containsOnlyOnce(broken.line());
        String text = VALID.replace(broken.line(), broken.replacement());
        assertThat(text).containsOnlyOnce(broken.replacement());
        Path file = write(text);

        OrganizationFileException refused =
                refused(OrganizationFileException.class, () -> OrganizationFileParser.parse(file));

        int line = lineOf(text, broken.replacement());
        assertThat(refused.getMessage())
                .startsWith(file + ", line " + line + " (")
                .contains(broken.problem());
    }

    @Test
    void readsAValidFile() throws IOException {
        OrganizationFile parsed = OrganizationFileParser.parse(write(VALID));

        assertThat(parsed.organization().signer()).isEqualTo("li.minghua");
        assertThat(parsed.users())
                .extracting(OrganizationFile.UserEntry::username)
                .containsExactly("li.minghua", "office", "zzb");
        assertThat(parsed.departments())
                .singleElement()
                .satisfies(d -> assertThat(d).isEqualTo(new Department("ZZB", "组织部", 1, "li.minghua", true)));
        assertThat(parsed.recipients())
                .extracting(Recipient::list)
                .containsExactly(Recipient.ListKind.REPORT, Recipient.ListKind.DISTRIBUTE);
    }

    @Test
    void editorAndPhoneMayBeLeftOutOrEmpty() throws IOException {
        Organization left = OrganizationFileParser.parse(
                        write(VALID.replace("  editor: 周文\n", "").replace("  phone: 0716-8000000\n", "")))
                .organization();
        Organization empty = OrganizationFileParser.parse(
                        write(VALID.replace("editor: 周文", "editor:").replace("phone: 0716-8000000", "phone: \"\"")))
                .organization();

        assertThat(List.of(left, empty)).allSatisfy(o -> {
            assertThat(o.editor()).isEmpty();
            assertThat(o.phone()).isEmpty();
            assertThat(o.signer()).isEqualTo("li.minghua");
        });
    }

    @Test
    void namesAMissingOrEmptyFile() throws IOException {
        Path missing = dir.resolve("nowhere.yml");
        assertThat(refused(OrganizationFileException.class, () -> OrganizationFileParser.parse(missing))
                        .getMessage())
                .contains(missing.toString(), "does not exist");
        Path empty = write("");
        assertThat(refused(OrganizationFileException.class, () -> OrganizationFileParser.parse(empty))
                        .getMessage())
                .contains(empty.toString(), "line 1", "the file is empty");
    }

    @Test
    void namesAMissingSection() throws IOException {
        String text = VALID.substring(0, VALID.indexOf("distributionLists:"));
        Path file = write(text);

        assertThat(refused(OrganizationFileException.class, () -> OrganizationFileParser.parse(file))
                        .getMessage())
                .contains(file.toString(), "missing 'distributionLists'");
    }

    @Test
    void namesAKeyGivenTwice() throws IOException {
        Path file = write(VALID.replaceFirst("  name: ", "  name: 重复\n  name: "));

        assertThat(refused(OrganizationFileException.class, () -> OrganizationFileParser.parse(file))
                        .getMessage())
                .contains(file.toString(), "line 3", "'name' is given twice");
    }

    private Path write(String text) throws IOException {
        Path file = Files.createTempFile(dir, "organization", ".yml");
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The 1-based line of the only line containing {@code fragment}. */
    private static int lineOf(String text, String fragment) {
        List<String> lines = text.lines().toList();
        return IntStream.range(0, lines.size())
                        .filter(i -> lines.get(i).contains(fragment))
                        .findFirst()
                        .orElseThrow()
                + 1;
    }
}
