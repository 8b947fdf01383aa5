package org.reportcycle.notification;

/** How many emails of one mailing (e.g. an issue's distribution) went out, wait to go, or failed for good. */
public record DeliveryTally(int delivered, int pending, int failed) {

    /** Nothing left waiting or failed: every email of the mailing was accepted by the server. */
    public boolean complete() {
        return pending == 0 && failed == 0;
    }
}
