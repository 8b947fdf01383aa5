package org.reportcycle.bulletin;

import java.util.List;

/** What the office writes to start a special issue: its title, an optional intro, and its first items. */
public record SpecialIssueDraft(String title, String intro, List<Item> items) {

    public SpecialIssueDraft {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public record Item(String title, String body) {}
}
