package org.reportcycle.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reportcycle.bulletin.BulletinCompiler;
import org.reportcycle.bulletin.BulletinView;
import org.reportcycle.document.BulletinRenderer;
import org.reportcycle.notification.OutboxSender;
import org.reportcycle.organization.Recipient.ListKind;
import org.reportcycle.submission.CompletionEntry;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.support.ReportDrafts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

/**
 * A report may hold anything a head can type or paste: markup, entities, control characters, emoji, a very long
 * line. The validator takes all of it; the bulletin's HTML (page and email) shows it as text, escaped exactly once,
 * and the plain text (rendering and email part) carries it unchanged.
 */
class HostileItemTextTest extends CycleTestBase {

    private static final String PERIOD = "2026-11";
    private static final String DEPARTMENT = "ZZB";

    private static final String TITLE = "<script>alert(1)</script>召开专题会议。";
    private static final String ENTITIES = "会上说明A&amp;B与&lt;b&gt;不加粗&lt;/b&gt;的区别。";
    private static final String CONTROL = "响铃\u0007、转义\u001b[31m红字、制表\t符，都照录。";
    private static final String EMOJI = "与会人员点赞😀。";
    private static final String LONG_LINE = "长".repeat(5_000);
    private static final List<String> BODY_LINES = List.of(ENTITIES, CONTROL + EMOJI, LONG_LINE);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
                    new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(true);

    @Autowired
    private BulletinCompiler compiler;

    @Autowired
    private BulletinRenderer renderer;

    @Autowired
    private OutboxSender sender;

    private BulletinView compiled;

    @BeforeEach
    void hostileReportAcceptedAndCompiled() {
        cycle.open(PERIOD);
        for (String department : cycle.departments(PERIOD)) {
            if (department.equals(DEPARTMENT)) {
                CompletionEntry hostile = new CompletionEntry(TITLE, String.join("\n", BODY_LINES));
                cycle.submit(
                        PERIOD,
                        department,
                        ReportDrafts.of(
                                cycle.submission(PERIOD, department).version(),
                                List.of(hostile),
                                List.of(ReportDrafts.nextMonthPlan(PERIOD, department))));
            } else {
                cycle.submit(PERIOD, department);
            }
            cycle.accept(PERIOD, department);
        }
        compiled = compiler.view(users.office(), PERIOD);
    }

    @Test
    void theHtmlShowsTheTextEscapedOnceAndThePlainTextKeepsItUnchanged() {
        assertEscapedOnce(compiled.html());
        assertThat(renderer.html(compiled.document())).isEqualTo(compiled.html());
        assertThat(renderer.text(compiled.document())).contains("、" + TITLE + "\n", String.join("\n", BODY_LINES));
    }

    @Test
    void theDistributedEmailCarriesTheTextEscapedInHtmlAndUnchangedInPlainText() {
        cycle.signOffAndPublish(PERIOD);
        sender.deliverDue();

        List<String> recipients = List.of(
                directory.recipients(ListKind.REPORT).get(0).email(),
                directory.recipients(ListKind.DISTRIBUTE).get(0).email());
        var received = ReceivedMail.byRecipient(ReceivedMail.all(SMTP.getReceivedMessages()));
        for (String address : recipients) {
            assertThat(received.get(address))
                    .as("mail to %s", address)
                    .singleElement()
                    .satisfies(mail -> {
                        assertEscapedOnce(mail.html());
                        assertThat(mail.text()).contains(TITLE, String.join("\n", BODY_LINES));
                    });
        }
    }

    /** No live markup from the report; unescaping once gives back exactly what the head wrote, line by line. */
    private static void assertEscapedOnce(String html) {
        assertThat(html)
                .doesNotContain("<script", "<b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "A&amp;amp;B", "&amp;lt;b&amp;gt;");
        String shown = HtmlUtils.htmlUnescape(html);
        assertThat(shown).contains(">" + TITLE + "<");
        BODY_LINES.forEach(line -> assertThat(shown).contains(">" + line + "<"));
    }
}
