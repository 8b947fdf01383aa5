package org.reportcycle;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** ReportCycle (月度报送): the monthly reporting cycle of an office. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ReportCycleApplication {

    public static void main(String[] args) {
        // The engine's cron timers follow the JVM's zone; the office works on Beijing time wherever it runs.
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
        SpringApplication.run(ReportCycleApplication.class, args);
    }
}
