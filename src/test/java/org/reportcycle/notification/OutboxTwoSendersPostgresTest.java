package org.reportcycle.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reportcycle.support.PostgresSchema;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The two senders on PostgreSQL (127.0.0.1:5432, database test, user postgres), in a schema of its own created
 * for this run and dropped after it, where claims and acknowledgements meet real row locks. Runs with -Ppostgres.
 */
@Tag("postgres")
class OutboxTwoSendersPostgresTest extends OutboxTwoSendersTest {

    private static final PostgresSchema SCHEMA = new PostgresSchema();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        SCHEMA.register(registry);
    }

    @AfterAll
    static void dropSchema() {
        SCHEMA.drop();
    }

    @Test
    void theSendersShareTheFreshPostgresSchema() {
        assertThat(jdbc.sql("SELECT current_schema()").query(String.class).single())
                .isEqualTo(SCHEMA.name());
    }
}
