package org.reportcycle;

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
        SpringApplication.run(ReportCycleApplication.class, args);
    }
}
