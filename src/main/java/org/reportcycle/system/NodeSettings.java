package org.reportcycle.system;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * This node's name among those sharing the database, as logs and the database record who did what. Unset, it is
 * the host name, the process id and a short random part, so two nodes on one host (or a restart) never share one.
 */
@ConfigurationProperties("reportcycle.node")
public record NodeSettings(String name) {

    public NodeSettings {
        if (name == null || name.isBlank()) {
            name = host() + "-" + ManagementFactory.getRuntimeMXBean().getPid() + "-"
                    + UUID.randomUUID().toString().substring(0, 6);
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
