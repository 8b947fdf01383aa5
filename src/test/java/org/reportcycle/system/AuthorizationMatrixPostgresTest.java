package org.reportcycle.system;

import org.junit.jupiter.api.Tag;

/**
 * The authorization matrix on PostgreSQL, in the web suite's schema made for this run
 * ({@link WebSuiteOnPostgres}). Runs with -Ppostgres; fails, rather than skips, without PostgreSQL.
 */
@Tag("postgres")
class AuthorizationMatrixPostgresTest extends AuthorizationMatrixTest implements WebSuiteOnPostgres {}
