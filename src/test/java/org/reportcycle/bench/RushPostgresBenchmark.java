package org.reportcycle.bench;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.reportcycle.support.PostgresSchema;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The deadline rush ({@link RushBenchmark}) on PostgreSQL (127.0.0.1:5432, database test), in a schema of its
 * own dropped after the run. Run with {@code mvn test -Pbenchmark,postgres -Dtest=RushPostgresBenchmark}.
 */
@Tag("benchmark")
@Tag("postgres")
class RushPostgresBenchmark extends RushBenchmark {

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
