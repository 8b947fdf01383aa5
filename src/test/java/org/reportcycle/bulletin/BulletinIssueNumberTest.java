package org.reportcycle.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.support.Refusals.refused;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.system.ConflictException;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue numbers count per year (第 6 期 of 2019): a number is used once in its year and may recur in another. */
class BulletinIssueNumberTest extends CycleTestBase {

    private static final String OCTOBER = "2026-10";
    private static final String NOVEMBER = "2026-11";

    @Autowired
    BulletinCompiler compiler;

    @Autowired
    BulletinEditor editor;

    @Autowired
    SpecialIssues specialIssues;

    @BeforeEach
    void twoDraftsOfTheSameYear() {
        for (String period : new String[] {OCTOBER, NOVEMBER}) {
            cycle.open(period);
            cycle.submitAndAcceptAll(period);
        }
    }

    @Test
    void refusesANumberAnotherBulletinOfTheYearHasAndChangesNothing() {
        Bulletin october = cycle.bulletin(OCTOBER);
        Bulletin november = cycle.bulletin(NOVEMBER);
        assertThat(november.issueYear()).isEqualTo(october.issueYear());
        assertThat(november.issueNumber()).isEqualTo(october.issueNumber() + 1);

        ConflictException taken = refused(
                ConflictException.class,
                () -> editor.edit(
                        users.office(), NOVEMBER, header(november, october.issueNumber(), november.issueDate())));

        assertThat(taken.messageKey()).isEqualTo("error.bulletin.numberTaken");
        assertThat(taken.args()).containsExactly(october.issueYear(), october.issueNumber());
        assertThat(cycle.bulletin(NOVEMBER)).isEqualTo(november);
    }

    @Test
    void takesTheSameNumberInAnotherYear() {
        Bulletin october = cycle.bulletin(OCTOBER);
        Bulletin november = cycle.bulletin(NOVEMBER);
        LocalDate nextYear = LocalDate.of(october.issueYear() + 1, 1, 5);

        editor.edit(users.office(), NOVEMBER, header(november, october.issueNumber(), nextYear));

        Bulletin renumbered = cycle.bulletin(NOVEMBER);
        assertThat(renumbered.issueYear()).isEqualTo(october.issueYear() + 1);
        assertThat(renumbered.issueNumber()).isEqualTo(october.issueNumber());
        assertThat(renumbered.issueDate()).isEqualTo(nextYear);
    }

    /**
     * The next number follows the numbers given out automatically: a number typed far out of sequence (7777) does
     * not move it, and a typed number it reaches is skipped.
     */
    @Test
    void aNumberTypedOutOfSequenceDoesNotMoveTheNextOne() {
        Bulletin october = cycle.bulletin(OCTOBER);
        Bulletin november = cycle.bulletin(NOVEMBER);
        editor.edit(users.office(), NOVEMBER, header(november, 7777, november.issueDate()));
        editor.edit(users.office(), OCTOBER, header(october, november.issueNumber() + 1, october.issueDate()));

        int first = specialIssue("第一份专刊");
        int second = specialIssue("第二份专刊");

        assertThat(first)
                .as("after the last automatic number, skipping the one October took")
                .isEqualTo(november.issueNumber() + 2);
        assertThat(second).isEqualTo(november.issueNumber() + 3);
    }

    private int specialIssue(String title) {
        return specialIssues
                .create(users.office(), new SpecialIssueDraft(title, null, java.util.List.of()))
                .bulletin()
                .issueNumber();
    }

    private BulletinEdit header(Bulletin b, int number, LocalDate date) {
        var items = cycle.bulletinItems(b.period()).stream()
                .map(i -> new BulletinEdit.ItemEdit(i.id(), i.title(), i.body(), i.excluded()))
                .toList();
        return new BulletinEdit(b.version(), number, date, b.title(), b.intro(), b.planTitle(), items);
    }
}
