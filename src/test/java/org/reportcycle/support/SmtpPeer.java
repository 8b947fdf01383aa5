package org.reportcycle.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A real SMTP server for fault tests, just enough of one: several connections at once (two nodes), a chosen reply
 * to RCPT TO for chosen addresses, a delay before it accepts each message (a slow server), a connection it drops
 * after the DATA of a chosen message without answering (the sender cannot know whether it went out), and it can be
 * taken down and brought back on the same port. It records each message it accepted with its Message-ID and
 * recipients, so a test counts every delivery and every repeat.
 */
public final class SmtpPeer implements AutoCloseable {

    /** A message the server accepted: its Message-ID header and the recipients it was accepted for. */
    public record Accepted(String messageId, List<String> recipients) {}

    private final int port;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final List<Accepted> accepted = new CopyOnWriteArrayList<>();
    private final List<Socket> clients = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger dataCommands = new AtomicInteger();
    private volatile List<Duration> delays = List.of(Duration.ZERO);
    private volatile int dropAtData;
    private volatile ServerSocket socket;
    private volatile Thread acceptor;

    private SmtpPeer(ServerSocket socket) {
        this.socket = socket;
        this.port = socket.getLocalPort();
    }

    /** Listens on a free local port until {@link #close()}. */
    public static SmtpPeer start() {
        return start(0);
    }

    /** Listens on this local port (0: a free one) until {@link #close()}. */
    public static SmtpPeer start(int port) {
        SmtpPeer peer = new SmtpPeer(listen(port));
        peer.acceptInBackground();
        return peer;
    }

    public int port() {
        return port;
    }

    /** From now on, RCPT TO this address gets {@code reply}, e.g. "550 5.1.1 mailbox unavailable". */
    public void answer(String address, String reply) {
        answers.put(address.toLowerCase(Locale.ROOT), reply);
    }

    /** From now on RCPT TO this address is accepted again. */
    public void stopAnswering(String address) {
        answers.remove(address.toLowerCase(Locale.ROOT));
    }

    /** From now on the server takes this long over each message before it answers 250. */
    public void slow(Duration perMessage) {
        delays = List.of(perMessage);
    }

    /** From now on the server takes these times over the messages in turn (the n-th DATA the n-th, cycling). */
    public void slow(Duration first, Duration... then) {
        List<Duration> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(then));
        delays = List.copyOf(all);
    }

    /**
     * The {@code n}-th DATA from now (1 is the next) is read whole and then the connection is closed without an
     * answer, as by a server that crashed after it had the message; that message is not recorded as accepted.
     */
    public void dropConnectionAtData(int n) {
        dropAtData = dataCommands.get() + n;
    }

    /**
     * Closes the listening socket and every open connection: connections are refused until {@link #up()}. Returns
     * once the accepting thread has stopped, so no connection it took at the last moment outlives the call.
     */
    public synchronized void down() {
        closeQuietly(socket);
        join(acceptor);
        clients.forEach(SmtpPeer::closeQuietly);
    }

    /** Listens again on the same port (if it is not listening already). */
    public synchronized void up() {
        if (!socket.isClosed()) {
            return;
        }
        socket = listen(port);
        acceptInBackground();
    }

    /** Forgets the answers, the delay, the drop, the messages and the connections. */
    public void reset() {
        answers.clear();
        accepted.clear();
        delays = List.of(Duration.ZERO);
        dropAtData = 0;
        connections.set(0);
    }

    /** Every message accepted, in the order accepted. */
    public List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    /** The recipients of each message accepted, in the order accepted. */
    public List<List<String>> acceptedRecipients() {
        return accepted.stream().map(Accepted::recipients).toList();
    }

    /** How many messages were accepted for this recipient (two or more is a repeat). */
    public long deliveriesTo(String address) {
        return accepted.stream()
                .filter(a -> a.recipients().stream().anyMatch(address::equalsIgnoreCase))
                .count();
    }

    /** How many times the message with this Message-ID was accepted. */
    public long deliveriesOf(String messageId) {
        return accepted.stream().filter(a -> messageId.equals(a.messageId())).count();
    }

    /** How many DATA commands the server has had, those it is still taking over included. */
    public int dataCommands() {
        return dataCommands.get();
    }

    public int connections() {
        return connections.get();
    }

    @Override
    public void close() {
        down();
    }

    private static ServerSocket listen(int port) {
        try {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void acceptInBackground() {
        ServerSocket listening = socket;
        Thread thread = new Thread(() -> acceptFrom(listening), "smtp-peer-" + port);
        thread.setDaemon(true);
        acceptor = thread;
        thread.start();
    }

    private void acceptFrom(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                if (listening.isClosed()) {
                    // taken just as down() closed the socket: refused, as a down server would
                    closeQuietly(client);
                    continue;
                }
                connections.incrementAndGet();
                clients.add(client);
                Thread conversation = new Thread(() -> converse(client), "smtp-peer-conversation");
                conversation.setDaemon(true);
                conversation.start();
            } catch (IOException e) {
                // the socket was closed by down() or close()
            }
        }
    }

    private void converse(Socket client) {
        try (client) {
            new Conversation(client).run();
        } catch (IOException e) {
            // a client that hung up, or down(): the test's own counts tell what went missing
        } finally {
            clients.remove(client);
        }
    }

    private static void join(Thread thread) {
        if (thread == null) {
            return;
        }
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (IOException e) {
            // closing what may be closed already
        }
    }

    /** One SMTP session: HELO/EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT. */
    private final class Conversation {

        private final Socket client;
        private final BufferedReader in;
        private final Writer out;
        private final List<String> recipients = new ArrayList<>();

        Conversation(Socket client) throws IOException {
            this.client = client;
            in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
            out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.ISO_8859_1);
        }

        void run() throws IOException {
            reply("220 peer.test ESMTP");
            for (String line = in.readLine(); line != null && !client.isClosed(); line = in.readLine()) {
                String command = line.length() < 4
                        ? line.toUpperCase(Locale.ROOT)
                        : line.substring(0, 4).toUpperCase(Locale.ROOT);
                if (command.equals("QUIT")) {
                    reply("221 bye");
                    return;
                }
                String answer = answer(command, line);
                if (answer == null) {
                    return;
                }
                reply(answer);
            }
        }

        private String answer(String command, String line) throws IOException {
            return switch (command) {
                case "HELO", "EHLO" -> "250 peer.test";
                case "MAIL", "RSET" -> {
                    recipients.clear();
                    yield "250 OK";
                }
                case "RCPT" -> recipient(line.substring(line.indexOf('<') + 1, line.lastIndexOf('>')));
                case "DATA" -> data();
                case "NOOP" -> "250 OK";
                default -> "502 command not implemented";
            };
        }

        private String recipient(String address) {
            String refusal = answers.get(address.toLowerCase(Locale.ROOT));
            if (refusal != null) {
                return refusal;
            }
            recipients.add(address);
            return "250 OK";
        }

        /** Returns null when the connection is to be dropped without an answer. */
        private String data() throws IOException {
            if (recipients.isEmpty()) {
                return "503 no valid recipients";
            }
            int number = dataCommands.incrementAndGet();
            reply("354 end with <CRLF>.<CRLF>");
            String messageId = null;
            for (String line = in.readLine(); line != null && !line.equals("."); line = in.readLine()) {
                if (messageId == null && line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                    messageId = line.substring(11).strip();
                }
            }
            if (number == dropAtData) {
                return null;
            }
            List<Duration> times = delays;
            take(times.get(number % times.size()));
            if (client.isClosed()) {
                return null;
            }
            accepted.add(new Accepted(messageId, List.copyOf(recipients)));
            recipients.clear();
            return "250 OK queued";
        }

        /** A slow server's thinking time; ends early when the connection is closed by down(). */
        private void take(Duration time) {
            long end = System.nanoTime() + time.toNanos();
            for (long left = time.toNanos(); left > 0 && !client.isClosed(); left = end - System.nanoTime()) {
                LockSupport.parkNanos(Math.min(left, 10_000_000L));
            }
        }

        private void reply(String line) throws IOException {
            out.write(line + "\r\n");
            out.flush();
        }
    }
}
