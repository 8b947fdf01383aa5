package org.reportcycle.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Turns refusals into sentences for pages, naming the field the way the form shows it. */
@Component
public class PageMessages {

    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)](?:\\.(\\w+))?");

    private final MessageSource messages;

    PageMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String message(ReportCycleException e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.args(), locale);
    }

    public String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** Each problem as "工作完成情况 第 2 条 · 标题：此项为必填项。" */
    public List<String> problems(InvalidInputException e, Locale locale) {
        return e.problems().stream()
                .map(p -> field(p.field(), locale) + "：" + messages.getMessage(p.messageKey(), p.args(), locale))
                .toList();
    }

    /**
     * Puts a refused form's problems on the page twice: as the list at the top ({@code errors}) and by field path
     * ({@code fieldErrors}), so each input is marked with its message beside it.
     */
    public void show(Model model, InvalidInputException e, Locale locale) {
        model.addAttribute("errors", problems(e, locale));
        Map<String, String> byField = new LinkedHashMap<>();
        e.problems()
                .forEach(p -> byField.merge(
                        p.field(), messages.getMessage(p.messageKey(), p.args(), locale), (a, b) -> a + " " + b));
        model.addAttribute("fieldErrors", byField);
    }

    private String field(String field, Locale locale) {
        Matcher m = INDEXED.matcher(field);
        if (m.matches()) {
            String row = messages.getMessage("field." + m.group(1), null, m.group(1), locale) + " "
                    + messages.getMessage("field.number", new Object[] {Integer.parseInt(m.group(2)) + 1}, locale);
            return m.group(3) == null
                    ? row
                    : row + " · " + messages.getMessage("field." + m.group(3), null, m.group(3), locale);
        }
        return messages.getMessage("field." + field, null, field, locale);
    }
}
