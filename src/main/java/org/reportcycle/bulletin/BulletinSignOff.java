package org.reportcycle.bulletin;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.reportcycle.bulletin.BulletinRenditions.Rendition;
import org.reportcycle.document.BulletinDocument;
import org.reportcycle.document.BulletinRenderer;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.organization.Person;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.ForbiddenException;
import org.reportcycle.system.Role;
import org.reportcycle.system.Validation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sending the draft to the signer and the signer's decision. An approval records the fingerprint of exactly the
 * version the signer saw; publishing checks it again.
 */
@Service
public class BulletinSignOff {

    private final BulletinCompiler compiler;
    private final Bulletins bulletins;
    private final BulletinDocuments documents;
    private final BulletinRenderer renderer;
    private final BulletinCycle cycle;
    private final BulletinIssueWorkflow issues;
    private final BulletinNotices notices;
    private final OrganizationDirectory directory;
    private final BulletinRenditions renditions;
    private final BulletinRecipients recipients;
    private final SignOffRounds rounds;
    private final Clock clock;

    BulletinSignOff(
            BulletinCompiler compiler,
            Bulletins bulletins,
            BulletinDocuments documents,
            BulletinRenderer renderer,
            BulletinCycle cycle,
            BulletinIssueWorkflow issues,
            BulletinNotices notices,
            OrganizationDirectory directory,
            BulletinRenditions renditions,
            BulletinRecipients recipients,
            SignOffRounds rounds,
            Clock clock) {
        this.rounds = rounds;
        this.recipients = recipients;
        this.renditions = renditions;
        this.compiler = compiler;
        this.bulletins = bulletins;
        this.documents = documents;
        this.renderer = renderer;
        this.cycle = cycle;
        this.issues = issues;
        this.notices = notices;
        this.directory = directory;
        this.clock = clock;
    }

    /** Renders the files of this version for the signer to see and approve. */
    @Transactional
    public void sendToSignOff(CurrentUser user, String key, int version) {
        user.requireRole(Role.OFFICE);
        Bulletin b = compiler.find(key);
        if (!recipients.anyone(b.id())) {
            throw new ConflictException("error.bulletin.noRecipients");
        }
        move(b, version, BulletinStatus.DRAFT, BulletinStatus.AWAITING_SIGN_OFF);
        renditions.store(b.id(), version + 1, documents.of(b));
        rounds.sent(b.id(), version + 1, user.username(), clock.instant());
        bulletins.clearReopenedReason(b.id());
        // A monthly bulletin's cycle calls the issue process as its compile step ends; a special issue starts it.
        if (b.kind() == BulletinKind.MONTHLY) {
            cycle.compiled(b.reportingPeriod().orElseThrow());
        } else {
            issues.specialIssueSent(key);
        }
        if (!cycle.backfilled(key)) {
            notices.awaitingSignOff(b);
        }
    }

    /**
     * Approves the stored files, which must still be the document as it stands. The signer's repeat of an
     * approval of this very version (its answer was lost, or the same request raced itself) succeeds again and
     * changes nothing; anything else on an approved bulletin is a conflict.
     */
    @Transactional
    public void approve(CurrentUser user, String key, int version) {
        Bulletin b = signable(user, key);
        if (!approving(b, user, key, version)) {
            return;
        }
        List<Rendition> files = renditions.stored(b.id());
        if (!matches(files, documents.of(b))) {
            throw new ConflictException("error.bulletin.changedSinceSent");
        }
        bulletins.signedOff(
                b.id(), b.signerComment(), user.username(), clock.instant(), BulletinRenditions.hash(files));
        rounds.decided(b.id(), SignOffRound.Outcome.APPROVED, user.username(), clock.instant(), null);
        issues.signedOff(key);
    }

    /**
     * The bulletin the signer would approve from {@code version}, refused as approving it would be; a repeat of
     * an approval already made is let through, since approving again succeeds and changes nothing.
     */
    Bulletin approvable(CurrentUser user, String key, int version) {
        Bulletin b = signable(user, key);
        if (approvedAlready(b, user, version)) {
            return b;
        }
        if (b.status() != BulletinStatus.AWAITING_SIGN_OFF) {
            throw new ConflictException("error.bulletin.wrongStatus", b.status().name());
        }
        if (b.version() != version) {
            throw new ConflictException("error.bulletin.stale");
        }
        return b;
    }

    /** Moves it to approved; false if this signer's approval of that version is there already (a repeat). */
    private boolean approving(Bulletin b, CurrentUser user, String key, int version) {
        if (approvedAlready(b, user, version)) {
            return false;
        }
        try {
            move(b, version, BulletinStatus.AWAITING_SIGN_OFF, BulletinStatus.APPROVED);
            return true;
        } catch (ConflictException lost) {
            if (approvedAlready(compiler.find(key), user, version)) {
                return false;
            }
            throw lost;
        }
    }

    /** Approved (or since published) by this signer from exactly {@code version}, which the approval moved on. */
    private static boolean approvedAlready(Bulletin b, CurrentUser user, int version) {
        return (b.status() == BulletinStatus.APPROVED || b.status() == BulletinStatus.PUBLISHED)
                && b.version() == version + 1
                && user.username().equals(b.approvedBy());
    }

    /** Every file intact, and the text file is the text of the document now. */
    boolean matches(List<Rendition> files, BulletinDocument doc) {
        byte[] text = renderer.text(doc).getBytes(StandardCharsets.UTF_8);
        return !files.isEmpty()
                && files.stream().allMatch(Rendition::intact)
                && files.stream().anyMatch(f -> f.format() == BulletinFormat.TXT && Arrays.equals(f.content(), text));
    }

    @Transactional
    public void returnToOffice(CurrentUser user, String key, int version, String comment) {
        Bulletin b = signable(user, key);
        new Validation().text(comment, "comment", 2000).throwIfInvalid();
        move(b, version, BulletinStatus.AWAITING_SIGN_OFF, BulletinStatus.DRAFT);
        bulletins.signedOff(b.id(), comment.strip(), null, null, null);
        rounds.decided(b.id(), SignOffRound.Outcome.RETURNED, user.username(), clock.instant(), comment.strip());
        issues.signedOff(key);
        if (!cycle.backfilled(key)) {
            notices.returned(b, comment.strip());
        }
    }

    /** Every round of the bulletin's sign-off, first first, with names as people read them. */
    @Transactional(readOnly = true)
    List<RoundView> rounds(Bulletin b) {
        return rounds.of(b.id()).stream()
                .map(r -> new RoundView(r, name(r.sentBy()), name(r.decidedBy())))
                .toList();
    }

    private String name(String username) {
        return username == null
                ? null
                : directory.person(username).map(Person::name).orElse(username);
    }

    /** A round as the sign-off page shows it. */
    record RoundView(SignOffRound round, String sentByName, String decidedByName) {}

    /** Only the organisation's signer signs off. */
    private Bulletin signable(CurrentUser user, String key) {
        if (!user.has(Role.LEADER)
                || !user.username().equals(directory.organization().signer())) {
            throw new ForbiddenException("error.forbidden.signer");
        }
        return compiler.find(key);
    }

    private void move(Bulletin b, int version, BulletinStatus from, BulletinStatus to) {
        if (b.status() != from) {
            throw new ConflictException("error.bulletin.wrongStatus", b.status().name());
        }
        if (b.version() != version || !bulletins.move(b.id(), version, from, to)) {
            throw new ConflictException("error.bulletin.stale");
        }
    }
}
