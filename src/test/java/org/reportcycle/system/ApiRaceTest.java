package org.reportcycle.system;

/** The races on the embedded H2 database, where a writer waits for another's row lock up to H2's lock timeout. */
class ApiRaceTest extends ApiRaces {}
