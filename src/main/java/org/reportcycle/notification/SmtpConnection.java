package org.reportcycle.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Date;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection for the emails of a poll, opened at the first and opened again after one that lost it.
 * Tells a server that does not take part ({@link MailServerUnavailable}) from a message it did not take. A sender
 * that is not a {@link JavaMailSenderImpl} sends each message on its own.
 */
final class SmtpConnection implements AutoCloseable {

    private final JavaMailSender sender;
    private final Clock clock;
    private Transport transport;
    private boolean answered;

    SmtpConnection(JavaMailSender sender, Clock clock) {
        this.sender = sender;
        this.clock = clock;
    }

    JavaMailSender sender() {
        return sender;
    }

    /** Whether the server answered this poll at least once. */
    boolean answered() {
        return answered;
    }

    /** Returns once the server has accepted the message; a refusal of the message itself is thrown as it came. */
    void send(MimeMessage message) throws MessagingException, MailServerUnavailable {
        if (sender instanceof JavaMailSenderImpl impl) {
            sendOver(connected(impl), message);
        } else {
            sendAlone(message);
        }
    }

    private void sendOver(Transport open, MimeMessage message) throws MessagingException, MailServerUnavailable {
        try {
            if (message.getSentDate() == null) {
                message.setSentDate(Date.from(clock.instant()));
            }
            message.saveChanges(); // keeps the stable Message-ID (see MimeMessages)
            open.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            if (DeliveryFailures.serverLevel(e) || !open.isConnected()) {
                close();
            }
            if (DeliveryFailures.serverLevel(e)) {
                throw new MailServerUnavailable(e);
            }
            throw e;
        }
    }

    private Transport connected(JavaMailSenderImpl impl) throws MailServerUnavailable {
        if (transport != null) {
            return transport;
        }
        try {
            String protocol = impl.getProtocol() != null
                    ? impl.getProtocol()
                    : impl.getSession().getProperty("mail.transport.protocol");
            Transport opened = impl.getSession().getTransport(protocol == null ? "smtp" : protocol);
            String user = "".equals(impl.getUsername()) ? null : impl.getUsername();
            opened.connect(impl.getHost(), impl.getPort(), user, user == null ? null : impl.getPassword());
            transport = opened;
            answered = true;
            return opened;
        } catch (MessagingException e) {
            throw new MailServerUnavailable(e);
        }
    }

    private void sendAlone(MimeMessage message) throws MailServerUnavailable {
        try {
            sender.send(message);
            answered = true;
        } catch (MailAuthenticationException e) {
            throw new MailServerUnavailable(e);
        } catch (MailSendException e) {
            boolean notConnected = String.valueOf(e.getMessage()).startsWith("Mail server connection");
            if (notConnected || DeliveryFailures.serverLevel(e)) {
                throw new MailServerUnavailable(e);
            }
            answered = true;
            throw e;
        }
    }

    @Override
    public void close() {
        Transport open = transport;
        transport = null;
        if (open != null) {
            try {
                open.close();
            } catch (MessagingException e) {
                // the connection is gone either way
            }
        }
    }
}
