package org.reportcycle.bulletin;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.reportcycle.notification.DeliveryTally;
import org.reportcycle.notification.NoticeKey;
import org.reportcycle.notification.Outbox;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.ReportingPeriod;
import org.reportcycle.system.Role;
import org.springframework.stereotype.Service;

/**
 * Where each published issue's distribution stands (how many emails delivered, waiting, failed), for the pages
 * that say so while it is not complete, and the office's sending again of an issue's failed emails.
 */
@Service
public class BulletinDistributions {

    /** The office's home lists at most this many issues still being distributed, newest first. */
    static final int HOME_LIMIT = 10;

    private final Outbox outbox;
    private final BulletinCompiler compiler;
    private final Bulletins bulletins;

    BulletinDistributions(Outbox outbox, BulletinCompiler compiler, Bulletins bulletins) {
        this.outbox = outbox;
        this.compiler = compiler;
        this.bulletins = bulletins;
    }

    /** A published issue whose emails have not all gone out: its key (for its page), number, title and counts. */
    public record Unfinished(String key, int issueYear, int issueNumber, String title, DeliveryTally tally) {}

    /** The issue's counts once it is published; empty before. */
    Optional<DeliveryTally> tally(Bulletin b) {
        return b.status() == BulletinStatus.PUBLISHED
                ? Optional.of(outbox.tally(NoticeKey.distributionOf(b.id())))
                : Optional.empty();
    }

    /** The period's monthly issue if it is published and not yet all delivered; only for those who oversee. */
    public Optional<Unfinished> ofPeriod(CurrentUser user, ReportingPeriod period) {
        if (!user.oversees()) {
            return Optional.empty();
        }
        return bulletins
                .find(period.toString())
                .flatMap(b -> tally(b).filter(t -> !t.complete()).map(t -> unfinished(b, t)));
    }

    /** The issues (monthly and special) not yet all delivered, newest first, for the office's home. */
    public List<Unfinished> unfinished(CurrentUser user) {
        if (!user.isOffice()) {
            return List.of();
        }
        return outbox.incomplete(NoticeKey.DISTRIBUTIONS, HOME_LIMIT).entrySet().stream()
                .flatMap(e -> bulletinOf(e.getKey()).map(b -> unfinished(b, e.getValue())).stream())
                .toList();
    }

    /** Puts every failed email of the issue's distribution back (the office); how many, and the counts after. */
    Resent resendFailed(CurrentUser user, String key) {
        user.requireRole(Role.OFFICE);
        Bulletin b = compiler.find(key);
        int resent = outbox.resendFailed(user, NoticeKey.distributionOf(b.id()));
        return new Resent(b.key(), resent, outbox.tally(NoticeKey.distributionOf(b.id())));
    }

    /** What the office's sending again did: how many emails of the issue were put back, and its counts now. */
    record Resent(String key, int resent, DeliveryTally distribution) {}

    private Optional<Bulletin> bulletinOf(NoticeKey.Prefix mailing) {
        OptionalLong id = mailing.distributedBulletin();
        return id.isPresent()
                ? bulletins.byId(id.getAsLong()).filter(b -> b.status() == BulletinStatus.PUBLISHED)
                : Optional.empty();
    }

    private static Unfinished unfinished(Bulletin b, DeliveryTally t) {
        return new Unfinished(b.key(), b.issueYear(), b.issueNumber(), b.title(), t);
    }
}
