package org.reportcycle.summary;

import java.util.List;

/**
 * A draft summary of several months (seed 004): organisation, title naming the range, an intro for the office to
 * write, then one section per department (一、) with its completed items (（一）) verbatim, each noting its month.
 */
record PeriodSummary(String organization, String title, String intro, List<Section> sections) {

    /** 一、Department: its items in month order. */
    record Section(String department, List<Item> items) {}

    /** （一）Title（三月）。Body… */
    record Item(String title, String body, String month) {}
}
