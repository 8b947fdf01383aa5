package org.reportcycle.bulletin;

import java.time.LocalDate;
import java.util.List;

/**
 * The editor's changes: header fields and every item in its new order (per section), with its text and whether
 * it is left out. {@code version} is the one the form was built on.
 */
public record BulletinEdit(int version, Integer issueNumber, LocalDate issueDate, String title, String intro,
        String planTitle, List<ItemEdit> items) {

    public BulletinEdit {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public record ItemEdit(long id, String title, String body, boolean excluded) {
    }
}
