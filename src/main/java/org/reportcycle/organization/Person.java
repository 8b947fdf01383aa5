package org.reportcycle.organization;

/** Someone mail can be addressed to. */
public record Person(String username, String name, String email) {}
