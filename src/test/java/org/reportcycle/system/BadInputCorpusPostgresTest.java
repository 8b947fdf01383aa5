package org.reportcycle.system;

import org.junit.jupiter.api.Tag;

/**
 * The bad-input corpus on PostgreSQL, in the web suite's schema made for this run ({@link WebSuiteOnPostgres}):
 * PostgreSQL refuses what H2 keeps (a NUL in text) and locks differently. Runs with -Ppostgres; fails, rather
 * than skips, without PostgreSQL.
 */
@Tag("postgres")
class BadInputCorpusPostgresTest extends BadInputCorpusTest implements WebSuiteOnPostgres {}
