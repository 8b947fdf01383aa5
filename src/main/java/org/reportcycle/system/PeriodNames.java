package org.reportcycle.system;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Pages write a period as people read it ({@code ${periodNames.of(p)}}: 2026年11月, November 2026), never 2026-11. */
@Component("periodNames")
public class PeriodNames {

    private final MessageSource messages;

    PeriodNames(MessageSource messages) {
        this.messages = messages;
    }

    /** A month in the reader's language; a special issue's key as 专刊. */
    public String of(String key) {
        if (key != null && key.startsWith("special-")) {
            return messages.getMessage("bulletin.special", null, LocaleContextHolder.getLocale());
        }
        return messages.getMessage(Periods.label(key), LocaleContextHolder.getLocale());
    }

    /** A month in the reader's language. */
    public String of(ReportingPeriod period) {
        return messages.getMessage(period.label(), LocaleContextHolder.getLocale());
    }
}
