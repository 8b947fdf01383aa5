package org.reportcycle.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bad-input corpus on PostgreSQL (127.0.0.1:5432, database test, user postgres), in a schema of its own made
 * for this run and dropped after it: PostgreSQL refuses what H2 keeps (a NUL in text) and locks differently.
 * Runs with -Ppostgres; fails, rather than skips, without PostgreSQL.
 */
@Tag("postgres")
class BadInputCorpusPostgresTest extends BadInputCorpusTest {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String USER = "postgres";
    private static final String SCHEMA = "rc_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        execute("CREATE SCHEMA " + SCHEMA);
        registry.add("spring.datasource.url", () -> SERVER + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("camunda.bpm.database.schema-name", () -> SCHEMA);
        registry.add("camunda.bpm.database.table-prefix", () -> SCHEMA + ".");
    }

    @AfterAll
    static void dropSchema() {
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(SERVER, USER, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " is needed for this test: " + sql, e);
        }
    }
}
