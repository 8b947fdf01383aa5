package org.reportcycle.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.reportcycle.support.PostgresSchema;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The races on PostgreSQL, in a schema of its own created for this run and dropped after it. There a writer
 * waits for another's row lock until that transaction ends (no lock timeout) and then sees its committed row: a
 * second insert of the same key is a unique violation, a second conditional update finds nothing to change. On
 * H2 the same wait ends after H2's lock timeout (one second) with a lock-timeout error, which is retried.
 */
@Tag("postgres")
class ApiRacePostgresTest extends ApiRaces {

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
