package org.reportcycle.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportcycle.support.ApplicationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Loading the organisation file again (a restart) changes only what the file changed, and deletes nothing. */
class OrganizationLoaderTest extends ApplicationTestBase {

    private static final List<String> TABLES = List.of(
            "organization ORDER BY id",
            "leader ORDER BY username",
            "department ORDER BY code",
            "app_user ORDER BY username",
            "distribution_recipient ORDER BY id");

    @Autowired
    OrganizationLoader loader;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    OrganizationSettings settings;

    @Test
    void loadingTheSameFileAgainChangesNothing() {
        Map<String, List<Map<String, Object>>> before = snapshot();
        assertThat(before.get("department ORDER BY code")).hasSize(8);
        assertThat(before.get("distribution_recipient ORDER BY id")).hasSize(6);

        loader.afterSingletonsInstantiated();
        loader.afterSingletonsInstantiated();

        assertThat(snapshot()).isEqualTo(before);
        assertThat(directory.participatingDepartments()).hasSize(8);
        assertThat(directory.organization().signer()).isEqualTo("li.minghua");
    }

    @Test
    void deactivatesWhatTheFileNoLongerListsAndKeepsTheRows(@TempDir Path dir) throws IOException {
        String full = Files.readString(Path.of(settings.file()), StandardCharsets.UTF_8);
        String withoutGyl = full.lines().filter(l -> !l.contains("GYL")).collect(Collectors.joining("\n"));
        assertThat(withoutGyl).isNotEqualTo(full);
        Path smaller = Files.writeString(dir.resolve("organization.yml"), withoutGyl, StandardCharsets.UTF_8);
        try {
            new OrganizationLoader(new OrganizationSettings(smaller.toString()), jdbc, tx)
                    .afterSingletonsInstantiated();

            assertThat(directory.department("GYL")).isEmpty();
            assertThat(directory.participatingDepartments()).hasSize(7);
            assertThat(jdbc.sql("SELECT active, participating FROM department WHERE code = 'GYL'")
                            .query()
                            .singleRow())
                    .containsValues(false, false);
            assertThat(jdbc.sql("SELECT enabled FROM app_user WHERE username = 'gyl'")
                            .query(Boolean.class)
                            .single())
                    .isFalse();
        } finally {
            loader.afterSingletonsInstantiated();
        }
        assertThat(directory.department("GYL")).isPresent();
        assertThat(directory.participatingDepartments()).hasSize(8);
    }

    private Map<String, List<Map<String, Object>>> snapshot() {
        return TABLES.stream()
                .collect(Collectors.toMap(
                        t -> t, t -> jdbc.sql("SELECT * FROM " + t).query().listOfRows()));
    }
}
