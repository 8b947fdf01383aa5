package org.reportcycle.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reportcycle.notification.OutboxSender;
import org.reportcycle.support.FreePort;
import org.reportcycle.support.PdfText;
import org.reportcycle.support.RememberedPasswordChecks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A whole month through the API, as the office, every department head and the signer do it, with a real SMTP
 * server (GreenMail) behind the outbox; then what each person received. Subclasses choose the database.
 */
@SpringBootTest(properties = "reportcycle.mail.base-url=" + AbstractWholeCycleTest.BASE_URL)
@AutoConfigureMockMvc
@Import(RememberedPasswordChecks.class)
public abstract class AbstractWholeCycleTest {

    static final String BASE_URL = "https://reportcycle.example.test";
    static final Instant NOW = OffsetDateTime.parse("2026-11-23T10:00:00+08:00").toInstant();
    private static final int SMTP_PORT = FreePort.next();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
                    new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ObjectMapper json;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private ManagementService management;

    @Autowired
    protected OutboxSender sender;

    protected CycleWalk walk;

    @BeforeEach
    void startClean() throws Exception {
        ClockUtil.setCurrentTime(Date.from(NOW));
        walk = new CycleWalk(mvc, json, runtime, management);
        sender.deliverDue();
        SMTP.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aWholeCycleReachesEveryoneOnceWithWhatTheyNeed() throws Exception {
        String period = "2026-11";
        DemoOrganization org = walk.org();
        String returned = "XJB";
        String comment = "请补充网络宣传的具体数据。";

        long before = outbox(m -> true).stream()
                .mapToLong(m -> m.get("id").asLong())
                .max()
                .orElse(0);
        JsonNode cycle = walk.open(period);
        assertThat(instant(cycle.get("openedAt"))).isEqualTo(NOW);
        assertThat(instant(cycle.get("submissionDueAt")))
                .as("WD0 of November, 17:00 in the office")
                .isEqualTo(OffsetDateTime.parse("2026-11-30T17:00:00+08:00").toInstant());
        List<String> departments = walk.departments(period);
        assertThat(departments).containsExactlyInAnyOrderElementsOf(org.headOf().keySet());
        for (String d : departments) {
            walk.submit(period, d, d.equals(returned) ? "初次提交的正文，缺少数据。" : d + "部室本月工作正文。");
        }
        walk.returnReport(period, returned, comment);
        JsonNode back = walk.report(walk.head(returned), period, returned);
        assertThat(back.at("/submission/status").asText()).isEqualTo("RETURNED");
        assertThat(back.at("/submission/officeComment").asText()).isEqualTo(comment);
        walk.submit(period, returned, "补充后的正文：网络宣传阅读量十万次。");
        for (String d : departments) {
            walk.accept(period, d);
        }
        assertThat(walk.progress(period).at("/cycle/status").asText()).isEqualTo("COMPILING");

        JsonNode draft = walk.bulletin(CycleWalk.OFFICE, period);
        assertThat(draft.get("items")).hasSize(2 * departments.size());
        ObjectNode edit = walk.edit(draft).put("intro", "十一月份，各部室围绕中心工作扎实推进。");
        ObjectNode firstItem = (ObjectNode) edit.get("items").get(0);
        firstItem.put("body", firstItem.get("body").asText() + "（编辑加注）");
        walk.ok(CycleWalk.OFFICE, put("/api/bulletins/{p}", period), edit);
        walk.sendToSignOff(period);
        walk.approve(period);
        walk.publishAndDistribute(period);
        assertThat(walk.processInstance(period)).as("the process has ended").isNull();
        assertThat(walk.progress(period).at("/cycle/status").asText()).isEqualTo("PUBLISHED");

        JsonNode published = walk.bulletin(CycleWalk.OFFICE, period);
        int number = published.at("/bulletin/issueNumber").asInt();
        assertThat(published.at("/bulletin/issueDate").asText()).isEqualTo("2026-11-23");
        assertThat(instant(published.at("/bulletin/approvedAt"))).isEqualTo(NOW);
        assertThat(instant(published.at("/bulletin/publishedAt"))).isEqualTo(NOW);
        List<String> recipients = Stream.concat(org.reportTo().stream(), org.distributeTo().stream())
                .toList();
        int expected = departments.size() /* opened */
                + 1 /* returned */
                + 1 /* sign-off */
                + recipients.size() /* distribution */
                + departments.size() /* published */;
        assertThat(sender.deliverDue()).isEqualTo(expected);
        assertThat(SMTP.waitForIncomingEmail(10_000, expected)).isTrue();
        assertThat(sender.deliverDue()).as("nothing is sent twice").isZero();
        List<ReceivedMail> mails = ReceivedMail.all(SMTP.getReceivedMessages());
        assertThat(mails).hasSize(expected);
        var byRecipient = ReceivedMail.byRecipient(mails);

        String distribution = org.bulletinName() + " 2026年第" + number + "期";
        String pdfName = org.bulletinName() + "2026年第" + number + "期.pdf";
        byte[] archivedPdf = PdfText.fontExpected() ? archivedPdf(number) : null;
        assertThat(walk.ok("zzb", get("/api/bulletins").param("year", "2026").param("q", "补充后的正文"), null))
                .extracting(e -> e.get("issueNumber").asInt())
                .containsExactly(number);
        List<String> items = new ArrayList<>();
        walk.progress(period).get("departments").forEach(d -> {
            items.add(CycleWalk.completionTitle(d.get("departmentName").asText(), period));
            items.add(CycleWalk.planTitle(d.get("departmentName").asText(), period));
        });
        for (String address : recipients) {
            List<ReceivedMail> got = byRecipient.getOrDefault(address, List.of());
            assertThat(got).as("mail to %s", address).hasSize(1);
            ReceivedMail mail = got.get(0);
            assertThat(mail.subject()).isEqualTo(distribution);
            if (archivedPdf != null) {
                assertThat(mail.attachments()).containsOnlyKeys(pdfName);
                assertThat(mail.attachments().get(pdfName)).isEqualTo(archivedPdf);
            } else {
                assertThat(mail.attachments())
                        .as("no CJK font, so no PDF to attach")
                        .isEmpty();
            }
            for (String body : List.of(mail.text(), mail.html())) {
                assertThat(body)
                        .contains(
                                org.bulletinName(),
                                "第 " + number + " 期",
                                "十一月份工作完成情况",
                                "十一月份，各部室围绕中心工作扎实推进。",
                                "（编辑加注）",
                                "补充后的正文：网络宣传阅读量十万次。")
                        .contains(items)
                        .doesNotContain("初次提交的正文");
            }
        }

        String publishedSubject = "【月度报送】" + distribution + "已印发";
        for (String department : departments) {
            String head = walk.head(department);
            List<String> subjects = byRecipient.get(org.emailOf().get(head)).stream()
                    .map(ReceivedMail::subject)
                    .toList();
            assertThat(subjects)
                    .as("mail to %s", head)
                    .containsOnlyOnce(publishedSubject)
                    .hasSize(department.equals(returned) ? 3 : 2)
                    .anyMatch(s -> s.startsWith("【月度报送】请填报2026年11月工作情况"));
            ReceivedMail notice = byRecipient.get(org.emailOf().get(head)).stream()
                    .filter(m -> m.subject().equals(publishedSubject))
                    .findFirst()
                    .orElseThrow();
            assertThat(notice.text()).contains(BASE_URL + "/bulletins/" + period);
            assertThat(notice.html()).contains("href=\"" + BASE_URL + "/bulletins/" + period + "\"");
        }
        ReceivedMail returnNotice = byRecipient.get(org.emailOf().get(walk.head(returned))).stream()
                .filter(m -> m.subject().contains("退回修改"))
                .findFirst()
                .orElseThrow();
        assertThat(returnNotice.subject()).isEqualTo("【月度报送】2026年11月报送已退回修改（宣教网络部）");
        assertThat(returnNotice.text()).contains("退回意见：" + comment, BASE_URL + "/reports/" + period + "/" + returned);
        assertThat(byRecipient.get(org.emailOf().get(org.signer())))
                .extracting(ReceivedMail::subject)
                .containsExactly("【月度报送】请签发2026年第" + number + "期" + org.bulletinName());

        assertThat(outbox(m -> m.get("id").asLong() > before)).hasSize(expected).allSatisfy(m -> {
            assertThat(m.get("status").asText()).isEqualTo("SENT");
            assertThat(m.get("attempts").asInt()).isEqualTo(1);
        });
    }

    /** The archived PDF, as any signed-in user downloads it; its text is the bulletin's. */
    private byte[] archivedPdf(int number) throws Exception {
        byte[] pdf = walk.call("zzb", get("/api/bulletins/2026/{n}.pdf", number), null)
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfText.of(pdf)).contains("十一月份工作完成情况", "十一月份，各部室围绕中心工作扎实推进。");
        return pdf;
    }

    @Test
    void anEmailWrittenWhileTheServerIsDownWaitsUnchargedAndIsSentOnceWhenItIsBack() throws Exception {
        String period = "2026-10";
        int heads = walk.org().headOf().size();
        Predicate<JsonNode> opened = m -> m.get("idempotencyKey").asText().startsWith("cycle-opened:" + period + ":");
        SMTP.stop();
        try {
            walk.open(period);
            assertThat(sender.deliverDue()).isZero();
            assertThat(sender.unreachableSince()).isPresent();
            List<JsonNode> pending = outbox(opened);
            assertThat(pending).hasSize(heads).allSatisfy(m -> {
                assertThat(m.get("status").asText()).isEqualTo("PENDING");
                assertThat(m.get("attempts").asInt())
                        .as("a server that is down is no fault of the email")
                        .isZero();
                assertThat(instant(m.get("nextAttemptAt"))).isEqualTo(NOW);
            });
        } finally {
            SMTP.start();
        }
        assertThat(sender.deliverDue())
                .as("at the first poll the server answers")
                .isEqualTo(heads);
        assertThat(SMTP.waitForIncomingEmail(10_000, heads)).isTrue();
        assertThat(sender.unreachableSince()).isEmpty();
        assertThat(sender.deliverDue()).isZero();
        List<ReceivedMail> mails = ReceivedMail.all(SMTP.getReceivedMessages());
        assertThat(ReceivedMail.byRecipient(mails)).hasSize(heads).allSatisfy((to, got) -> {
            assertThat(got).hasSize(1);
            assertThat(got.get(0).subject()).startsWith("【月度报送】请填报2026年10月工作情况");
        });
        assertThat(outbox(opened)).hasSize(heads).allSatisfy(m -> {
            assertThat(m.get("status").asText()).isEqualTo("SENT");
            assertThat(m.get("attempts").asInt()).isEqualTo(1);
        });
    }

    /** The messages of the outbox as the office sees it on the API, those that {@code which} selects. */
    private List<JsonNode> outbox(Predicate<JsonNode> which) throws Exception {
        JsonNode outbox = walk.ok(CycleWalk.OFFICE, get("/api/outbox"), null);
        assertThat(outbox.get("smtpConfigured").asBoolean()).isTrue();
        List<JsonNode> messages = new ArrayList<>();
        outbox.get("messages").forEach(m -> {
            if (which.test(m)) {
                messages.add(m);
            }
        });
        return messages;
    }

    private static Instant instant(JsonNode timestamp) {
        return OffsetDateTime.parse(timestamp.asText()).toInstant();
    }
}
