package org.reportcycle.bulletin;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.reportcycle.bulletin.BulletinItem.Section;
import org.reportcycle.bulletin.BulletinRenditions.Rendition;
import org.reportcycle.document.BulletinDocument;
import org.reportcycle.document.BulletinRenderer;
import org.reportcycle.plan.PlanItemsPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publishes an approved bulletin (archived as approved) and hands it to the distribution lists. */
@Service
public class BulletinPublisher {

    private static final Logger log = LoggerFactory.getLogger(BulletinPublisher.class);
    /** The reason code of a bulletin whose files no longer matched its sign-off when it was to be published. */
    static final String REOPENED_CHANGED_SINCE_SIGN_OFF = "CHANGED_SINCE_SIGN_OFF";

    private final BulletinCompiler compiler;
    private final Bulletins bulletins;
    private final BulletinDocuments documents;
    private final BulletinRenderer renderer;
    private final BulletinNotices notices;
    private final BulletinRenditions renditions;
    private final BulletinSignOff signOff;
    private final BulletinArchive archive;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    BulletinPublisher(
            BulletinCompiler compiler,
            Bulletins bulletins,
            BulletinDocuments documents,
            BulletinRenderer renderer,
            BulletinNotices notices,
            BulletinRenditions renditions,
            BulletinSignOff signOff,
            BulletinArchive archive,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.renditions = renditions;
        this.archive = archive;
        this.signOff = signOff;
        this.compiler = compiler;
        this.bulletins = bulletins;
        this.documents = documents;
        this.renderer = renderer;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * Archives the approved version and tells of it: {@link BulletinPublished} for the cycle, and
     * {@link PlanItemsPublished} so that plan tracking approves its items for next month and tracks each. Refuses if
     * what would be archived is not what was signed off. A repeat (a retried step) does nothing.
     */
    @Transactional
    public void publish(String key) {
        publish(key, true);
    }

    /** As {@link #publish(String)}; a back-filled month's plan items are approved but not tracked (no reminders). */
    @Transactional
    public void publish(String key, boolean track) {
        Bulletin b = compiler.find(key);
        if (b.status() == BulletinStatus.PUBLISHED) {
            return;
        }
        if (!matchesSignOff(b)) {
            throw new IllegalStateException("Bulletin " + key + " differs from the signed-off version");
        }
        BulletinDocument doc = documents.of(b);
        bulletins.published(b.id(), clock.instant(), renderer.text(doc));
        List<Long> planned = bulletins.items(b.id()).stream()
                .filter(i -> i.section() == Section.PLAN && !i.excluded())
                .map(BulletinItem::planItemId)
                .toList();
        events.publishEvent(new PlanItemsPublished(key, planned, track));
        events.publishEvent(new BulletinPublished(key, b.reportingPeriod().orElse(null), clock.instant()));
        log.info("Bulletin {} published as No. {} of {}", key, b.issueNumber(), b.issueYear());
    }

    /** Whether publishing would archive exactly what was signed off, or it is published already. */
    @Transactional(readOnly = true)
    public boolean unchangedSinceSignOff(String key) {
        Bulletin b = compiler.find(key);
        return b.status() == BulletinStatus.PUBLISHED || matchesSignOff(b);
    }

    /** An approved bulletin whose files no longer match its sign-off goes back to the office as a draft. */
    @Transactional
    public void reopenChanged(String key) {
        Bulletin b = compiler.find(key);
        bulletins.reopened(b.id(), REOPENED_CHANGED_SINCE_SIGN_OFF);
        log.warn("Bulletin {} differs from the signed-off version: back to the office as a draft", key);
    }

    private boolean matchesSignOff(Bulletin b) {
        List<Rendition> files = renditions.stored(b.id());
        return b.status() == BulletinStatus.APPROVED
                && signOff.matches(files, documents.of(b))
                && Objects.equals(BulletinRenditions.hash(files), b.approvedHash());
    }

    /** Writes one email per recipient of 报 and 发 and one per department head; each is written once. */
    @Transactional
    public void distribute(String key) {
        Bulletin b = compiler.find(key);
        if (b.status() != BulletinStatus.PUBLISHED) {
            throw new IllegalStateException("Bulletin " + key + " is not published");
        }
        BulletinDocument doc = documents.of(b);
        notices.distributed(b, doc, renderer.html(doc), renderer.text(doc), archive.storedFile(b, BulletinFormat.PDF));
    }
}
