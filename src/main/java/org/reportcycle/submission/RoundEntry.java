package org.reportcycle.submission;

/**
 * One entry of a report as submitted in a round: a completed item (title sentence, body), the status of a plan
 * item due this month (its title, what was said), or a plan item for next month (its title, leader, departments
 * and deadline as the page reads them).
 */
public record RoundEntry(Section section, String title, String body) {

    public enum Section {
        COMPLETION,
        STATUS,
        PLAN
    }

    boolean sameAs(RoundEntry other) {
        return section == other.section && title.equals(other.title) && body.equals(other.body);
    }
}
