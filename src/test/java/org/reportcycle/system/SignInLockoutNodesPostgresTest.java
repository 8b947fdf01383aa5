package org.reportcycle.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The lockout across nodes on PostgreSQL (127.0.0.1:5432, database test, user postgres), each test in a fresh
 * schema dropped after the run. Runs with -Ppostgres.
 */
@Tag("postgres")
class SignInLockoutNodesPostgresTest extends SignInLockoutNodesTest {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final List<String> SCHEMAS = new ArrayList<>();

    @Override
    protected DataSource freshDatabase() {
        String schema =
                "rc_lock_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + schema);
        SCHEMAS.add(schema);
        return new DriverManagerDataSource(SERVER + "?currentSchema=" + schema, "postgres", "");
    }

    @AfterAll
    static void dropSchemas() {
        SCHEMAS.forEach(schema -> execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + ": " + sql, e);
        }
    }
}
