package org.reportcycle.system;

import org.junit.jupiter.api.Tag;

/**
 * The races on PostgreSQL, in the web suite's schema made for this run ({@link WebSuiteOnPostgres}). There a
 * writer waits for another's row lock until that transaction ends (no lock timeout) and then sees its committed
 * row: a second insert of the same key is a unique violation, a second conditional update finds nothing to
 * change. On H2 the same wait ends after H2's lock timeout (one second) with a lock-timeout error, which is
 * retried.
 */
@Tag("postgres")
class ApiRacePostgresTest extends ApiRaces implements WebSuiteOnPostgres {}
