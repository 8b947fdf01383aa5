package org.reportcycle.notification;

/**
 * The mail server did not take part (no connection, greeting or sign-in refused, 421): nothing is known about the
 * message, so it is not charged an attempt and waits for the next poll.
 */
final class MailServerUnavailable extends Exception {

    private static final long serialVersionUID = 1L;

    MailServerUnavailable(Exception cause) {
        super(DeliveryFailures.describe(cause), cause);
    }
}
