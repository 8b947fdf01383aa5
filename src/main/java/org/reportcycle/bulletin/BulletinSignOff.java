package org.reportcycle.bulletin;

import java.time.Clock;

import org.reportcycle.organization.OrganizationDirectory;
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
    private final BulletinWorkflow workflow;
    private final BulletinNotices notices;
    private final OrganizationDirectory directory;
    private final Clock clock;

    BulletinSignOff(BulletinCompiler compiler, Bulletins bulletins, BulletinDocuments documents,
            BulletinRenderer renderer, BulletinWorkflow workflow, BulletinNotices notices,
            OrganizationDirectory directory, Clock clock) {
        this.compiler = compiler;
        this.bulletins = bulletins;
        this.documents = documents;
        this.renderer = renderer;
        this.workflow = workflow;
        this.notices = notices;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional
    public void sendToSignOff(CurrentUser user, String period, int version) {
        user.requireRole(Role.OFFICE);
        Bulletin b = compiler.find(period);
        move(b, version, BulletinStatus.DRAFT, BulletinStatus.AWAITING_SIGN_OFF);
        workflow.bulletinCompiled(period);
        notices.awaitingSignOff(b);
    }

    @Transactional
    public void approve(CurrentUser user, String period, int version) {
        Bulletin b = signable(user, period);
        move(b, version, BulletinStatus.AWAITING_SIGN_OFF, BulletinStatus.APPROVED);
        bulletins.signedOff(b.id(), b.signerComment(), user.username(), clock.instant(), renderer.fingerprint(documents.of(b)));
        workflow.bulletinSignedOff(period);
    }

    @Transactional
    public void returnToOffice(CurrentUser user, String period, int version, String comment) {
        Bulletin b = signable(user, period);
        new Validation().text(comment, "comment", 2000).throwIfInvalid();
        move(b, version, BulletinStatus.AWAITING_SIGN_OFF, BulletinStatus.DRAFT);
        bulletins.signedOff(b.id(), comment.strip(), null, null, null);
        workflow.bulletinSignedOff(period);
        notices.returned(b, comment.strip());
    }

    /** Only the organisation's signer signs off. */
    private Bulletin signable(CurrentUser user, String period) {
        if (!user.has(Role.LEADER) || !user.username().equals(directory.organization().signer())) {
            throw new ForbiddenException("error.forbidden.signer");
        }
        return compiler.find(period);
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
