package org.reportcycle.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A schema of its own on the PostgreSQL at 127.0.0.1:5432 (database test, user postgres, trust authentication)
 * for one test class's application context: created when the context is configured, dropped after the class
 * (or, for a context several classes share, when the JVM ends).
 * Without PostgreSQL the test fails, rather than skips.
 */
public final class PostgresSchema {

    public static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String USER = "postgres";

    private final String name =
            "rc_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

    /**
     * A schema that outlives the test class, for a context that several classes share (the context cache keeps
     * it until the JVM ends): dropped when the JVM ends.
     */
    public static PostgresSchema droppedAtExit() {
        PostgresSchema schema = new PostgresSchema();
        Runtime.getRuntime().addShutdownHook(new Thread(schema::drop, "drop-" + schema.name));
        return schema;
    }

    /** The schema's name, e.g. for {@code current_schema()}. */
    public String name() {
        return name;
    }

    /** Creates the schema and points the application and the engine at it. */
    public void register(DynamicPropertyRegistry registry) {
        execute("CREATE SCHEMA " + name);
        registry.add("spring.datasource.url", () -> SERVER + "?currentSchema=" + name);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("camunda.bpm.database.schema-name", () -> name);
        registry.add("camunda.bpm.database.table-prefix", () -> name + ".");
    }

    /** Creates the schema and returns the properties that point an application context (a node) at it. */
    public java.util.Map<String, Object> create() {
        execute("CREATE SCHEMA " + name);
        return java.util.Map.of(
                "spring.datasource.url",
                SERVER + "?currentSchema=" + name,
                "spring.datasource.username",
                USER,
                "spring.datasource.password",
                "",
                "camunda.bpm.database.schema-name",
                name,
                "camunda.bpm.database.table-prefix",
                name + ".");
    }

    public void drop() {
        execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(SERVER, USER, "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " is needed for this test: " + sql, e);
        }
    }
}
