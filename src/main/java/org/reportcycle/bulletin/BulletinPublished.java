package org.reportcycle.bulletin;

import java.time.Instant;
import org.reportcycle.system.ReportingPeriod;

/**
 * A bulletin was published (archived with its number and date), in the publishing transaction. {@code period} is
 * the monthly bulletin's month, null for a special issue.
 */
public record BulletinPublished(String key, ReportingPeriod period, Instant publishedAt) {}
