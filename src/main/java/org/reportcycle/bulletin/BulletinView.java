package org.reportcycle.bulletin;

import java.util.List;

/** A bulletin for the compile, sign-off and preview pages: header, every item (excluded too) and the document. */
public record BulletinView(Bulletin bulletin, List<BulletinItem> items, BulletinDocument document, String html) {
}
