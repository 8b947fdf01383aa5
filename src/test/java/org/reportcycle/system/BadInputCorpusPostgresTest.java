package org.reportcycle.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.reportcycle.support.PostgresSchema;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bad-input corpus on PostgreSQL (127.0.0.1:5432, database test, user postgres), in a schema of its own made
 * for this run and dropped after it: PostgreSQL refuses what H2 keeps (a NUL in text) and locks differently.
 * Runs with -Ppostgres; fails, rather than skips, without PostgreSQL.
 */
@Tag("postgres")
class BadInputCorpusPostgresTest extends BadInputCorpusTest {

    private static final PostgresSchema SCHEMA = new PostgresSchema();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        SCHEMA.register(registry);
    }

    @AfterAll
    static void dropSchema() {
        SCHEMA.drop();
    }
}
