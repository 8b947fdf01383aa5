package org.reportcycle.notification;

import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/** Why a message was not sent, in words for the office, and whether trying again could help. */
final class DeliveryFailures {

    /** RFC 5321 asks clients to treat 552 to RCPT TO (mailbox full) as temporary, like 452. */
    private static final int MAILBOX_FULL = 552;

    /** The server closes the channel: it says nothing about the message, the next poll tries again. */
    private static final int SERVICE_NOT_AVAILABLE = 421;

    private DeliveryFailures() {}

    /**
     * A message that cannot be built (an address that is no address) or a recipient the server refused with a
     * 5xx will not succeed on a retry; a 4xx, a lost connection or anything else might.
     */
    static boolean permanent(Exception e) {
        if (e instanceof MailParseException || e instanceof MailPreparationException) {
            return true;
        }
        SMTPAddressFailedException refused = refusal(e);
        return refused != null && refused.getReturnCode() >= 500 && refused.getReturnCode() != MAILBOX_FULL;
    }

    /** Whether the server refused service as a whole (421 to any command) rather than this message. */
    static boolean serverLevel(Exception e) {
        Throwable t = root(e);
        for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
            int code = t instanceof SMTPAddressFailedException a
                    ? a.getReturnCode()
                    : t instanceof SMTPSendFailedException s ? s.getReturnCode() : 0;
            if (code == SERVICE_NOT_AVAILABLE
                    || String.valueOf(t.getMessage()).startsWith(SERVICE_NOT_AVAILABLE + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The server's own answer to a refused recipient (e.g. "550 5.1.1 mailbox unavailable"), what is wrong with an
     * address that is none, or else the exception's message.
     */
    static String describe(Exception e) {
        SMTPAddressFailedException refused = refusal(e);
        if (refused != null) {
            return String.valueOf(refused.getMessage()).strip();
        }
        Throwable cause = e instanceof MailPreparationException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof AddressException address && address.getRef() != null) {
            return "not an email address: \"" + address.getRef() + "\" (" + address.getMessage() + ")";
        }
        return String.valueOf(cause.getMessage());
    }

    /** The recipient refusal among the causes (JavaMail chains them as next exceptions), if any. */
    private static SMTPAddressFailedException refusal(Exception e) {
        Throwable t = root(e);
        for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
            if (t instanceof SMTPAddressFailedException refused) {
                return refused;
            }
        }
        return null;
    }

    /** The exception of the one message a {@link MailSendException} is about, else {@code e} itself. */
    private static Throwable root(Exception e) {
        return e instanceof MailSendException send && send.getFailedMessages().size() == 1
                ? send.getFailedMessages().values().iterator().next()
                : e;
    }
}
