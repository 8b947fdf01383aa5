package org.reportcycle.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real SMTP server, just enough of one, that answers RCPT TO for chosen addresses with a chosen reply (a 550 or
 * a 450) and accepts everything else. GreenMail accepts every recipient and cannot be told otherwise. It records
 * the recipients of each message it accepted and how many connections it had; one connection at a time.
 */
public final class RefusingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final List<List<String>> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();

    private RefusingSmtpServer(ServerSocket socket) {
        this.socket = socket;
    }

    /** Listens on a free local port until {@link #close()}. */
    public static RefusingSmtpServer start() {
        try {
            RefusingSmtpServer server = new RefusingSmtpServer(new ServerSocket(0, 5, InetAddress.getLoopbackAddress()));
            Thread thread = new Thread(server::serve, "refusing-smtp");
            thread.setDaemon(true);
            thread.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** From now on, RCPT TO this address gets {@code reply}, e.g. "550 5.1.1 mailbox unavailable". */
    public void answer(String address, String reply) {
        answers.put(address.toLowerCase(Locale.ROOT), reply);
    }

    /** Forgets the answers, the messages and the connections. */
    public void reset() {
        answers.clear();
        accepted.clear();
        connections.set(0);
    }

    /** The recipients of each message accepted, in the order they came. */
    public List<List<String>> accepted() {
        return List.copyOf(accepted);
    }

    public int connections() {
        return connections.get();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                connections.incrementAndGet();
                new Conversation(client).run();
            } catch (IOException e) {
                // closed, or a client that hung up: the test's own assertions tell what went missing
            }
        }
    }

    /** One SMTP session: HELO/EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT. */
    private final class Conversation {

        private final BufferedReader in;
        private final Writer out;
        private final List<String> recipients = new ArrayList<>();

        Conversation(Socket client) throws IOException {
            in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
            out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.ISO_8859_1);
        }

        void run() throws IOException {
            reply("220 refusing.test ESMTP");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT)
                    : line.substring(0, 4).toUpperCase(Locale.ROOT);
                if (command.equals("QUIT")) {
                    reply("221 bye");
                    return;
                }
                reply(answer(command, line));
            }
        }

        private String answer(String command, String line) throws IOException {
            return switch (command) {
                case "HELO", "EHLO" -> "250 refusing.test";
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

        private String data() throws IOException {
            if (recipients.isEmpty()) {
                return "503 no valid recipients";
            }
            reply("354 end with <CRLF>.<CRLF>");
            String line = in.readLine();
            while (line != null && !line.equals(".")) {
                line = in.readLine();
            }
            accepted.add(List.copyOf(recipients));
            recipients.clear();
            return "250 OK queued";
        }

        private void reply(String line) throws IOException {
            out.write(line + "\r\n");
            out.flush();
        }
    }
}
