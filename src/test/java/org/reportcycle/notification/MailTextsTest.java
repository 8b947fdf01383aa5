package org.reportcycle.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** An email's words come from its template and the message bundle, in Chinese, one paragraph per block. */
class MailTextsTest {

    private final MailTexts texts = new MailTexts(messages());

    @Test
    void blankLinesOfTheTemplateSeparateTheParagraphsAndAMissingValueLeavesItsParagraphOut() {
        Map<String, Object> variables =
                new HashMap<>(Map.of("department", "组织部", "month", "2026年11月", "due", "11月30日 17:00"));
        variables.put("note", null);

        MailText without = texts.text("urge", variables, "2026年11月", "组织部");
        variables.put("note", "请今天下班前提交。\n谢谢。");
        MailText with = texts.text("urge", variables, "2026年11月", "组织部");

        assertThat(without.subject()).isEqualTo("【月度报送】催办：请尽快填报2026年11月工作情况（组织部）");
        assertThat(without.lines()).containsExactly("【催办】办公室提醒：请尽快填报组织部2026年11月工作情况，截止 11月30日 17:00。");
        assertThat(with.lines())
                .containsExactly("【催办】办公室提醒：请尽快填报组织部2026年11月工作情况，截止 11月30日 17:00。", "办公室留言：请今天下班前提交。\n谢谢。");
    }

    @Test
    void valuesAreWrittenAsTheyAreNotEscapedOrGrouped() {
        MailText text = texts.text(
                "signOffRequested",
                Map.of("bulletin", "2026年第7期<要情>&摘报"),
                texts.line("mail.bulletin.issue", "2026年第7期", "要情摘报"));

        assertThat(text.subject()).isEqualTo("【月度报送】请签发2026年第7期要情摘报");
        assertThat(text.lines()).containsExactly("2026年第7期<要情>&摘报已编辑完成，请审阅签发或退回修改。");
        assertThat(texts.line("mail.reminderDigest.subject", 1200)).isEqualTo("【月度报送】今日待办提醒（1200 项）");
    }

    @Test
    void everyMailTemplateHasItsSubjectInBothBundles() throws IOException {
        Properties chinese = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");
        List<String> names;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/mail"))) {
            names = files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".txt"))
                    .map(f -> f.substring(0, f.length() - ".txt".length()))
                    .toList();
        }

        assertThat(names).hasSizeGreaterThanOrEqualTo(10).allSatisfy(name -> {
            assertThat(chinese).containsKey("mail." + name + ".subject");
            assertThat(english).containsKey("mail." + name + ".subject");
        });
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailTextsTest.class.getResourceAsStream("/" + file)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
