package org.reportcycle.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Loading the same organisation file again (a restart) leaves every row as it was. */
@SpringBootTest
@ActiveProfiles("test")
class OrganizationLoaderTest {

    private static final List<String> TABLES = List.of("organization ORDER BY id", "leader ORDER BY username",
        "department ORDER BY code", "app_user ORDER BY username", "distribution_recipient ORDER BY id");

    @Autowired OrganizationLoader loader;
    @Autowired OrganizationDirectory directory;
    @Autowired JdbcClient jdbc;

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

    private Map<String, List<Map<String, Object>>> snapshot() {
        return TABLES.stream().collect(Collectors.toMap(t -> t,
            t -> jdbc.sql("SELECT * FROM " + t).query().listOfRows()));
    }
}
