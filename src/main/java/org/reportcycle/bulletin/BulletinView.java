package org.reportcycle.bulletin;

import java.util.List;
import org.reportcycle.document.BulletinDocument;
import org.reportcycle.organization.Recipient;

/**
 * A bulletin for the compile, sign-off and preview pages: header, every item (excluded too), the document, and
 * for those who oversee the cycle the recipients of its lists.
 */
public record BulletinView(
        Bulletin bulletin,
        List<BulletinItem> items,
        BulletinDocument document,
        String html,
        List<Recipient> recipients) {}
