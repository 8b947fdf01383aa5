package org.reportcycle.bulletin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** Renders the document model to plain text and to HTML, and fingerprints what was rendered. */
@Component
public class BulletinRenderer {

    private final TemplateEngine templates;

    BulletinRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    /** The HTML body of the document (a fragment to place in a page or an email), escaped throughout. */
    public String html(BulletinDocument doc) {
        return templates.process("bulletin/document", context(doc));
    }

    public String text(BulletinDocument doc) {
        StringBuilder t = new StringBuilder();
        para(t, doc.bulletinName());
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
        t.append("报：").append(String.join("、", doc.reportTo())).append('\n');
        para(t, "发：" + String.join("、", doc.distributeTo()));
        para(t, "责任编辑：" + doc.editor());
        t.append("联系电话：").append(doc.phone()).append('\n');
        return t.toString();
    }

    /** SHA-256 of the text rendering: what a leader signs off. */
    public String fingerprint(BulletinDocument doc) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text(doc).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Context context(BulletinDocument doc) {
        return new Context(Locale.SIMPLIFIED_CHINESE, Map.of("doc", doc));
    }

    private static void para(StringBuilder t, String line) {
        t.append(line).append("\n\n");
    }
}
