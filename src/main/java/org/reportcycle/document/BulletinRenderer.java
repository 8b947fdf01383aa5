package org.reportcycle.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** Renders the document model to plain text and to HTML. */
@Component
public class BulletinRenderer {

    private final TemplateEngine templates;
    private final String css;

    BulletinRenderer(TemplateEngine templates) {
        this.templates = templates;
        this.css = stylesheet();
    }

    /** The HTML body of the document (a fragment to place in a page or an email), escaped throughout. */
    public String html(BulletinDocument doc) {
        return templates.process("document/bulletin", context(doc));
    }

    /** A complete HTML file of the document, its stylesheet inside, readable without the application. */
    public String standalone(BulletinDocument doc) {
        return templates.process(
                "document/standalone",
                new Context(
                        Locale.SIMPLIFIED_CHINESE, Map.of("title", doc.title(), "css", css, "fragment", html(doc))));
    }

    public String text(BulletinDocument doc) {
        StringBuilder t = new StringBuilder();
        para(t, doc.bulletinName());
        if (doc.edition() != null) {
            para(t, doc.edition());
        }
        para(t, "第 " + doc.issueNumber() + " 期");
        para(t, doc.organization());
        para(t, doc.date());
        para(t, doc.title());
        if (doc.intro() != null) {
            para(t, doc.intro());
        }
        doc.items().forEach(i -> {
            para(t, i.number() + "、" + i.title());
            if (!i.body().isEmpty()) {
                para(t, i.body());
            }
        });
        if (!doc.planItems().isEmpty()) {
            para(t, doc.planTitle());
            doc.planItems().forEach(p -> {
                para(t, p.number() + "、" + p.title());
                para(t, "责任领导：" + p.responsible());
                para(t, "责任部室：" + p.departments());
                para(t, "完成时限：" + p.deadline());
            });
        }
        if (!doc.reportTo().isEmpty()) {
            t.append("报：").append(String.join("、", doc.reportTo())).append('\n');
        }
        if (!doc.distributeTo().isEmpty()) {
            t.append("发：").append(String.join("、", doc.distributeTo())).append('\n');
        }
        List<String> notes = Stream.of(doc.editorLine(), doc.phoneLine())
                .filter(l -> !l.isEmpty())
                .toList();
        if (!notes.isEmpty()) {
            t.append('\n').append(String.join("\n\n", notes)).append('\n');
        }
        return t.toString();
    }

    private static String stylesheet() {
        try (InputStream in = new ClassPathResource("static/css/bulletin.css").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The bulletin stylesheet is part of the application", e);
        }
    }

    private static Context context(BulletinDocument doc) {
        return new Context(Locale.SIMPLIFIED_CHINESE, Map.of("doc", doc));
    }

    private static void para(StringBuilder t, String line) {
        t.append(line).append("\n\n");
    }
}
