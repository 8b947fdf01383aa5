package org.reportcycle.support;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.SocketFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.reportcycle.ReportCycleApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.AnnotationConfigServletWebApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.web.MockServletContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * One node of several in this JVM: the whole application without a web server (a mock servlet context), its
 * own process engine (named after the node) with the job executor on and the outbox sender scheduled, over the
 * database the properties name. {@link #killHard()} stops it as a killed process stops: its database connections and its SMTP sockets
 * are cut at once, mid-statement and mid-message, before its threads can record anything, then it is discarded.
 */
public final class AppNode implements AutoCloseable {

    private final String name;
    private final ConfigurableApplicationContext context;
    private final List<Socket> smtpSockets = new CopyOnWriteArrayList<>();

    private AppNode(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
        cutOffableSmtp();
    }

    /** Starts a node; the given properties (the database, SMTP, timings) come first, as on a command line. */
    public static AppNode start(String name, Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("reportcycle.node.name", name);
        all.put("camunda.bpm.process-engine-name", name.replace('-', '_'));
        all.put("camunda.bpm.job-execution.enabled", true);
        all.put("reportcycle.mail.sender-enabled", true);
        all.put("spring.jmx.enabled", false);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ReportCycleApplication.class)
                .web(WebApplicationType.SERVLET)
                .contextFactory(type -> mockServletContext())
                .profiles("test")
                .registerShutdownHook(false)
                .run(all.entrySet().stream()
                        .map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
        return new AppNode(name, context);
    }

    /** A web application context, as in a MockMvc test: its security and controllers, but no server or port. */
    private static ConfigurableApplicationContext mockServletContext() {
        AnnotationConfigServletWebApplicationContext context = new AnnotationConfigServletWebApplicationContext();
        context.setServletContext(new MockServletContext());
        return context;
    }

    public String name() {
        return name;
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public ProcessEngine engine() {
        return bean(ProcessEngine.class);
    }

    /** Cuts the database first (nothing it does from now on is recorded), then SMTP, then its threads. */
    public void killHard() {
        bean(HikariDataSource.class).close();
        smtpSockets.forEach(AppNode::closeQuietly);
        context.getBeansOfType(ThreadPoolTaskScheduler.class)
                .values()
                .forEach(s -> s.getScheduledThreadPoolExecutor().shutdownNow());
        try {
            context.close();
        } catch (RuntimeException dying) {
            // a dead node's shutdown may fail in any way; only what reached the database and the server counts
        }
    }

    @Override
    public void close() {
        if (context.isActive()) {
            context.close();
        }
    }

    /** Every SMTP connection of this node goes through a factory that remembers it, so a kill can cut it. */
    private void cutOffableSmtp() {
        JavaMailSenderImpl sender = (JavaMailSenderImpl) bean(org.springframework.mail.javamail.JavaMailSender.class);
        Properties properties = new Properties();
        properties.putAll(sender.getJavaMailProperties());
        properties.put("mail.smtp.socketFactory", new RememberingSockets(smtpSockets));
        sender.setJavaMailProperties(properties);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closed already
        }
    }

    /** Plain sockets, each remembered. */
    private static final class RememberingSockets extends SocketFactory {

        private final List<Socket> sockets;

        RememberingSockets(List<Socket> sockets) {
            this.sockets = sockets;
        }

        @Override
        public Socket createSocket() {
            Socket socket = new Socket();
            sockets.add(socket);
            return socket;
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return remember(new Socket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException {
            return remember(new Socket(host, port, local, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return remember(new Socket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException {
            return remember(new Socket(host, port, local, localPort));
        }

        private Socket remember(Socket socket) {
            sockets.add(socket);
            return socket;
        }
    }
}
