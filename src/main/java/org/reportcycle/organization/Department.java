package org.reportcycle.organization;

/** A reporting unit (部室); {@code responsibleLeader} is the username of its 分管领导. */
public record Department(String code, String name, int displayOrder, String responsibleLeader, boolean participating) {}
