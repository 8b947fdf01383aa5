package org.reportcycle.support;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application as most tests need it (profile {@code test}, MockMvc, mail sent to {@link #SMTP_PORT}),
 * in one configuration, so that every subclass reuses one cached application context instead of starting its
 * own. A test that receives mail starts its server (GreenMail or {@link SmtpPeer}) on {@link #SMTP_PORT} and
 * stops it after itself; the others send nothing, as the outbox sender is off in the test profile. A test that
 * needs other settings declares them and gets a context of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(RememberedPasswordChecks.class)
public abstract class ApplicationTestBase {

    /** The port this JVM's shared context sends mail to. */
    protected static final int SMTP_PORT = FreePort.next();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }
}
