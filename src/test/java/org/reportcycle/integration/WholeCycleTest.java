package org.reportcycle.integration;

/** The whole cycle on the embedded default database (H2). */
class WholeCycleTest extends AbstractWholeCycleTest {}
