package org.reportcycle.system;

import org.reportcycle.support.PostgresSchema;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web suite ({@link org.reportcycle.integration.WebTestBase}) on PostgreSQL (127.0.0.1:5432, database test,
 * user postgres): the classes that implement this have one configuration, so they share one application context
 * and one schema, as the web suite on H2 shares one database. The schema is made for this run when the context is
 * configured and dropped when the JVM ends, after the last of them. Without PostgreSQL the tests fail, rather
 * than skip.
 */
interface WebSuiteOnPostgres {

    /** Created once, by the one context that registers it. */
    PostgresSchema SCHEMA = PostgresSchema.droppedAtExit();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        SCHEMA.register(registry);
    }
}
