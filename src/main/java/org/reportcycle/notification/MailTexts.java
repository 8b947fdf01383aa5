package org.reportcycle.notification;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The one place that renders an email's words, so a text changes without Java: the subject is the message key
 * {@code mail.<name>.subject}, the body the text template {@code templates/mail/<name>.txt}, whose paragraphs are
 * separated by blank lines. Emails are written in Chinese, the recipients' language, whoever causes them.
 */
@Component
public class MailTexts {

    static final Locale LANGUAGE = Locale.SIMPLIFIED_CHINESE;
    private static final Pattern BETWEEN_PARAGRAPHS = Pattern.compile("\\n[ \\t]*\\n");

    private final MessageSource messages;
    private final SpringTemplateEngine templates;

    MailTexts(MessageSource messages) {
        this.messages = messages;
        this.templates = textTemplates(messages);
    }

    /**
     * The subject of {@code name} with its arguments, and its body from the template and its variables (a null
     * value is allowed: the template leaves its paragraph out).
     */
    public MailText text(String name, Map<String, ?> variables, Object... subjectArguments) {
        return new MailText(line("mail." + name + ".subject", subjectArguments), body(name, variables));
    }

    /** One line from the message bundle in the emails' language, e.g. a bulletin's name or a reminder. */
    public String line(String key, Object... arguments) {
        // Numbers as written (2026, not 2,026): MessageFormat would group their digits.
        Object[] texts = Arrays.stream(arguments).map(String::valueOf).toArray();
        return messages.getMessage(key, texts, LANGUAGE);
    }

    private List<String> body(String name, Map<String, ?> variables) {
        String text = templates.process(name, new Context(LANGUAGE, new HashMap<>(variables)));
        return BETWEEN_PARAGRAPHS
                .splitAsStream(text)
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    private static SpringTemplateEngine textTemplates(MessageSource messages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}
