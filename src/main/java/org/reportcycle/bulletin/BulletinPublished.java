package org.reportcycle.bulletin;

import java.time.Instant;

/**
 * A bulletin was published (archived with its number and date), in the publishing transaction. {@code period} is
 * the monthly bulletin's month, null for a special issue.
 */
public record BulletinPublished(String key, String period, Instant publishedAt) {}
