package org.reportcycle.bulletin;

import org.reportcycle.document.Numbering;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How new bulletins are numbered; each bulletin's editor may change it. */
@ConfigurationProperties("reportcycle.bulletin")
record BulletinSettings(Numbering numbering) {

    BulletinSettings {
        numbering = numbering == null ? Numbering.CHINESE : numbering;
    }
}
