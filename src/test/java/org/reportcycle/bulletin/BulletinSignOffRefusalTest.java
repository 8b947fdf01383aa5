package org.reportcycle.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.support.Refusals.refused;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.support.DemoUsers;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.ForbiddenException;
import org.reportcycle.system.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;

/** Only the organisation's signer signs the bulletin off, and only the version they were shown. */
class BulletinSignOffRefusalTest extends CycleTestBase {

    private static final String PERIOD = "2026-11";

    @Autowired
    BulletinSignOff signOff;

    private Bulletin awaiting;

    @BeforeEach
    void bulletinAwaitingSignOff() {
        cycle.open(PERIOD);
        cycle.submitAndAcceptAll(PERIOD);
        cycle.sendToSignOff(PERIOD);
        awaiting = cycle.bulletin(PERIOD);
        assertThat(awaiting.status()).isEqualTo(BulletinStatus.AWAITING_SIGN_OFF);
    }

    @Test
    void forbidsEveryoneButTheSignerToApproveOrReturn() {
        for (CurrentUser notSigner : new CurrentUser[] {
            users.headOf("ZZB"), users.office(), users.user(DemoUsers.OTHER_LEADER), users.user(DemoUsers.ADMIN)
        }) {
            ForbiddenException approve =
                    refused(ForbiddenException.class, () -> signOff.approve(notSigner, PERIOD, awaiting.version()));
            ForbiddenException giveBack = refused(
                    ForbiddenException.class,
                    () -> signOff.returnToOffice(notSigner, PERIOD, awaiting.version(), "退回"));
            assertThat(approve.messageKey()).as(notSigner.username()).isEqualTo("error.forbidden.signer");
            assertThat(giveBack.messageKey()).as(notSigner.username()).isEqualTo("error.forbidden.signer");
        }

        assertUnchanged();
    }

    @Test
    void refusesAStaleVersion() {
        ConflictException approve =
                refused(ConflictException.class, () -> signOff.approve(users.signer(), PERIOD, awaiting.version() - 1));
        ConflictException giveBack = refused(
                ConflictException.class,
                () -> signOff.returnToOffice(users.signer(), PERIOD, awaiting.version() - 1, "退回"));

        assertThat(approve.messageKey()).isEqualTo("error.bulletin.stale");
        assertThat(giveBack.messageKey()).isEqualTo("error.bulletin.stale");
        assertUnchanged();
    }

    @Test
    void refusesToReturnWithoutAComment() {
        InvalidInputException refused = refused(
                InvalidInputException.class,
                () -> signOff.returnToOffice(users.signer(), PERIOD, awaiting.version(), ""));

        assertThat(refused.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("comment"));
        assertUnchanged();
    }

    private void assertUnchanged() {
        assertThat(cycle.bulletin(PERIOD)).isEqualTo(awaiting);
        assertThat(tasks.createTaskQuery()
                        .processInstanceBusinessKey(PERIOD)
                        .taskDefinitionKey("Task_SignOffBulletin")
                        .count())
                .isEqualTo(1);
        assertThat(outboxRecipients("SIGN_OFF_RETURNED")).isEmpty();
    }
}
