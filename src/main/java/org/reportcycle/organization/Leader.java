package org.reportcycle.organization;

/** A leader who can be named 责任领导 on plan items; leaders are users with the LEADER role. */
public record Leader(String username, String name, String title) {}
