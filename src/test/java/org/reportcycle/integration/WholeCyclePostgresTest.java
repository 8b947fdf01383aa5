package org.reportcycle.integration;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reportcycle.notification.Delivery;
import org.reportcycle.notification.Notice;
import org.reportcycle.notification.NoticeKey;
import org.reportcycle.notification.Outbox;
import org.reportcycle.notification.OutboxMessage.Status;
import org.reportcycle.support.PostgresSchema;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole cycle on PostgreSQL (127.0.0.1:5432, database test, user postgres), in a schema of its own that is
 * created for this run and dropped after it; and an outbox attachment there. Runs with -Ppostgres; fails, rather
 * than skips, without PostgreSQL.
 */
@Tag("postgres")
class WholeCyclePostgresTest extends AbstractWholeCycleTest {

    private static final PostgresSchema SCHEMA = new PostgresSchema();

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private Outbox outbox;

    @Autowired
    private TransactionTemplate tx;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        SCHEMA.register(registry);
    }

    @AfterAll
    static void dropSchema() {
        SCHEMA.drop();
    }

    @Test
    void theApplicationAndTheEngineWorkInTheFreshPostgresSchema() {
        assertThat(jdbc.sql("SELECT current_schema()").query(String.class).single())
                .isEqualTo(SCHEMA.name());
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ? "
                                        + "AND table_name IN ('act_ru_job', 'submission', 'outbox_message', 'flyway_schema_history')")
                        .param(SCHEMA.name())
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);
    }

    /** BYTEA in and out, and the key-prefix query with its escaped LIKE, as PostgreSQL does them. */
    @Test
    void anAttachedFileArrivesIntactAndItsDeliveryIsListedByKeyPrefix() throws Exception {
        byte[] pdf = new byte[200 * 1024];
        new Random(7).nextBytes(pdf);
        tx.executeWithoutResult(s ->
                outbox.enqueue(Notice.of("pg_attachment:1:a", "TEST", "甲", "pg@example.org", "附件", "/bulletins", "见附件。")
                        .withAttachment(outbox.attach("第7期.pdf", "application/pdf", pdf))));

        assertThat(sender.deliverDue()).isEqualTo(1);

        MimeMessage received = SMTP.getReceivedMessagesForDomain("pg@example.org")[0];
        BodyPart file = ((Multipart) received.getContent()).getBodyPart(1);
        assertThat(file.getFileName()).isEqualTo("第7期.pdf");
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(pdf);
        assertThat(deliveries("pg_attachment:1:")).extracting(Delivery::status).containsExactly(Status.SENT);
        assertThat(deliveries("pg%")).isEmpty();
    }

    private List<Delivery> deliveries(String keyPrefix) {
        return outbox.deliveries(new NoticeKey.Prefix(keyPrefix));
    }
}
