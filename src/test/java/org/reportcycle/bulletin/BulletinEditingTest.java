package org.reportcycle.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportcycle.bulletin.BulletinEdit.ItemEdit;
import org.reportcycle.bulletin.BulletinEdit.RecipientEdit;
import org.reportcycle.bulletin.BulletinItem.Section;
import org.reportcycle.document.BulletinRenderer;
import org.reportcycle.document.Numbering;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The editor changes every header and footer field, the lists, the numbering, and merges, adds, reorders and
 * leaves out items; the document prints exactly that. A refused edit changes nothing.
 */
class BulletinEditingTest extends CycleTestBase {

    private static final String PERIOD = "2026-11";

    @Autowired
    BulletinEditor editor;

    @Autowired
    BulletinCompiler compiler;

    @Autowired
    BulletinRenderer renderer;

    @Autowired
    BulletinSignOff signOff;

    private BulletinView draft;

    @BeforeEach
    void assembleTheNovemberDraft() {
        cycle.open(PERIOD);
        cycle.submitAndAcceptAll(PERIOD);
        draft = compiler.view(users.office(), PERIOD);
    }

    @Test
    void printsTheEditedHeaderFooterListsAndArabicNumbers() {
        BulletinView edited = editor.edit(
                users.office(),
                PERIOD,
                edit(
                        Numbering.ARABIC,
                        "工会工作简报",
                        "示例市总工会办公室",
                        "刘洋",
                        "0716-8123456",
                        List.of(new RecipientEdit("省总工会办公室", "szb@example.org")),
                        List.of(),
                        same(draft.items())));

        String text = renderer.text(edited.document());
        assertThat(text)
                .startsWith("工会工作简报\n\n")
                .contains("示例市总工会办公室", "1、", "2、", "报：省总工会办公室\n\n责任编辑：刘洋", "联系电话：0716-8123456")
                .doesNotContain("一、", "发：");
        assertThat(edited.recipients()).extracting(r -> r.email()).containsExactly("szb@example.org");
    }

    @Test
    void anEditorAndPhoneLeftEmptyPrintNoLineAndStayEmpty() {
        BulletinView edited =
                editor.edit(users.office(), PERIOD, edit(null, null, null, "", " ", null, null, same(draft.items())));

        assertThat(edited.document().editor()).isEmpty();
        String text = renderer.text(edited.document());
        assertThat(text)
                .doesNotContain("责任编辑", "联系电话")
                .endsWith("发：" + String.join("、", edited.document().distributeTo()) + "\n");
        assertThat(renderer.html(edited.document()))
                .doesNotContain("责任编辑", "联系电话")
                .contains("报：");
        BulletinView reopened = compiler.view(users.office(), PERIOD);
        assertThat(reopened.bulletin().editor()).isEmpty();
        assertThat(reopened.bulletin().phone()).isEmpty();
        assertThat(reopened.document().editorLine()).isEmpty();
    }

    @Test
    void aPhoneWithoutEditorIsPrintedAlone() {
        BulletinView edited = editor.edit(
                users.office(), PERIOD, edit(null, null, null, "", "0716-8123456", null, null, same(draft.items())));

        String text = renderer.text(edited.document());
        assertThat(text).endsWith("\n\n联系电话：0716-8123456\n").doesNotContain("责任编辑");
        assertThat(renderer.html(edited.document()))
                .contains(">联系电话：0716-8123456<")
                .doesNotContain("责任编辑");
    }

    @Test
    void mergesAnItemIntoTheOneAboveAndAddsANewOne() {
        List<BulletinItem> done = completions(draft.items());
        List<ItemEdit> edits = new ArrayList<>(same(draft.items()));
        edits.set(1, new ItemEdit(done.get(1).id(), null, "第二条标题", "第二条正文。", false, true));
        edits.add(new ItemEdit(null, Section.COMPLETION, "新增一条。", "办公室补充的内容。", false, false));

        BulletinView edited =
                editor.edit(users.office(), PERIOD, edit(null, null, null, null, null, null, null, edits));

        List<BulletinItem> after = completions(edited.items());
        assertThat(after).hasSize(done.size());
        assertThat(after.get(0).body()).isEqualTo(done.get(0).body() + "\n第二条标题。第二条正文。");
        assertThat(after.get(after.size() - 1)).satisfies(i -> {
            assertThat(i.title()).isEqualTo("新增一条。");
            assertThat(i.departmentCode()).isNull();
        });
        assertThat(rows("bulletin_item")).isEqualTo(draft.items().size());
    }

    @Test
    void refusesAnInvalidRecipientAMergedPlanItemAndANewPlanItemAndChangesNothing() {
        List<ItemEdit> edits = new ArrayList<>(same(draft.items()));
        BulletinItem plan = draft.items().stream()
                .filter(i -> i.section() == Section.PLAN)
                .skip(1)
                .findFirst()
                .orElseThrow();
        edits.replaceAll(
                e -> e.id() == plan.id() ? new ItemEdit(plan.id(), null, e.title(), e.body(), false, true) : e);
        edits.add(new ItemEdit(null, Section.PLAN, "新计划", "", false, false));

        assertThatThrownBy(() -> editor.edit(
                        users.office(),
                        PERIOD,
                        edit(null, null, null, null, null, List.of(new RecipientEdit("省总工会", "不是邮箱")), null, edits)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.field())
                                .contains("reportTo[0].email", "items[" + (edits.size() - 1) + "].section")
                                .anyMatch(f -> f.endsWith(".mergeIntoPrevious")));
        BulletinView unchanged = compiler.view(users.office(), PERIOD);
        assertThat(unchanged.bulletin().version()).isEqualTo(draft.bulletin().version());
        assertThat(unchanged.items()).isEqualTo(draft.items());
        assertThat(unchanged.recipients()).isEqualTo(draft.recipients());
    }

    @ParameterizedTest(name = "issue date {0}")
    @ValueSource(strings = {"0001-12-01", "+10000-12-01", "2025-10-31", "2027-12-01"})
    void refusesAnIssueDateMoreThanAYearFromItsMonthAndChangesNothing(String date) {
        Bulletin b = draft.bulletin();
        BulletinEdit edit = new BulletinEdit(
                b.version(),
                b.issueNumber(),
                LocalDate.parse(date),
                b.title(),
                null,
                b.planTitle(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                same(draft.items()));

        assertThatThrownBy(() -> editor.edit(users.office(), PERIOD, edit))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.field() + " " + p.messageKey())
                                .containsExactly("issueDate error.bulletin.issueDateRange"));
        assertThat(compiler.view(users.office(), PERIOD).bulletin()).isEqualTo(b);
    }

    @Test
    void acceptsAnIssueDateInTheFollowingYear() {
        Bulletin b = draft.bulletin();
        BulletinEdit edit = new BulletinEdit(
                b.version(),
                b.issueNumber(),
                LocalDate.of(2027, 1, 4),
                b.title(),
                null,
                b.planTitle(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                same(draft.items()));

        assertThat(editor.edit(users.office(), PERIOD, edit).bulletin().issueYear())
                .isEqualTo(2027);
    }

    @Test
    void keepsBothListsEmptiedAndRefusesToSendAnIssueToNobody() {
        BulletinView emptied = editor.edit(
                users.office(), PERIOD, edit(null, null, null, null, null, List.of(), List.of(), same(draft.items())));

        assertThat(emptied.recipients()).isEmpty();
        assertThat(renderer.text(emptied.document())).doesNotContain("报：", "发：");
        int version = emptied.bulletin().version();
        assertThatThrownBy(() -> signOff.sendToSignOff(users.office(), PERIOD, version))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.bulletin.noRecipients"));
        BulletinView unchanged = compiler.view(users.office(), PERIOD);
        assertThat(unchanged.bulletin().status()).isEqualTo(BulletinStatus.DRAFT);
        assertThat(unchanged.bulletin().version()).isEqualTo(version);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bulletin_rendition WHERE bulletin_id = ?")
                        .param(unchanged.bulletin().id())
                        .query(Long.class)
                        .single())
                .isZero();

        Bulletin b = unchanged.bulletin();
        BulletinView one = editor.edit(
                users.office(),
                PERIOD,
                new BulletinEdit(
                        version,
                        b.issueNumber(),
                        b.issueDate(),
                        b.title(),
                        null,
                        b.planTitle(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(new RecipientEdit("市委办公室", "swb@example.org")),
                        same(unchanged.items())));
        signOff.sendToSignOff(users.office(), PERIOD, one.bulletin().version());
        assertThat(compiler.status(PERIOD)).isEqualTo(BulletinStatus.AWAITING_SIGN_OFF);
    }

    @Test
    void undoesAMergeUntilTheItemKeptIsChangedAgain() {
        List<BulletinItem> done = completions(draft.items());
        List<ItemEdit> edits = new ArrayList<>(same(draft.items()));
        edits.set(
                1,
                new ItemEdit(
                        done.get(1).id(), null, done.get(1).title(), done.get(1).body(), false, true));
        BulletinView merged =
                editor.edit(users.office(), PERIOD, edit(null, null, null, null, null, null, null, edits));
        List<ItemMerges.Merge> undoable = editor.undoableMerges(merged);
        assertThat(undoable)
                .singleElement()
                .satisfies(m -> assertThat(m.keptItemId()).isEqualTo(done.get(0).id()));

        BulletinView undone =
                editor.unmerge(users.office(), PERIOD, undoable.get(0).id());

        List<BulletinItem> back = completions(undone.items());
        assertThat(back)
                .extracting(BulletinItem::title)
                .containsExactlyElementsOf(
                        done.stream().map(BulletinItem::title).toList());
        assertThat(back.get(0).body()).isEqualTo(done.get(0).body());
        assertThat(back.get(1)).satisfies(i -> {
            assertThat(i.body()).isEqualTo(done.get(1).body());
            assertThat(i.departmentCode()).isEqualTo(done.get(1).departmentCode());
        });
        assertThat(editor.undoableMerges(undone)).isEmpty();

        BulletinView again = editor.edit(users.office(), PERIOD, header(undone, mergeSecond(undone.items())));
        assertThat(editor.undoableMerges(again)).hasSize(1);
        BulletinView changed = editor.edit(users.office(), PERIOD, header(again, rewriteFirst(again.items())));
        assertThat(editor.undoableMerges(changed))
                .as("the item kept was changed after the merge")
                .isEmpty();
        long stale = jdbc.sql("SELECT MAX(id) FROM bulletin_item_merge")
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> editor.unmerge(users.office(), PERIOD, stale)).isInstanceOf(ConflictException.class);
    }

    @Test
    void printsAPlanItemsLinesAsTheOfficeEditedThem() {
        List<ItemEdit> edits = draft.items().stream()
                .map(i -> i.section() == Section.PLAN
                        ? new ItemEdit(i.id(), null, i.title(), i.body(), false, false, "陈晓燕", "组织部、宣传部", "2027年1月15日前")
                        : new ItemEdit(i.id(), i.title(), i.body(), i.excluded()))
                .toList();

        BulletinView edited =
                editor.edit(users.office(), PERIOD, edit(null, null, null, null, null, null, null, edits));

        assertThat(renderer.text(edited.document())).contains("责任领导：陈晓燕", "责任部室：组织部、宣传部", "完成时限：2027年1月15日前");
        assertThat(edited.items())
                .filteredOn(i -> i.section() == Section.PLAN)
                .allSatisfy(i -> assertThat(i.responsible()).isEqualTo("陈晓燕"));
    }

    private static BulletinEdit header(BulletinView v, List<ItemEdit> items) {
        Bulletin b = v.bulletin();
        return new BulletinEdit(b.version(), b.issueNumber(), b.issueDate(), b.title(), null, b.planTitle(), items);
    }

    private static List<ItemEdit> mergeSecond(List<BulletinItem> items) {
        long second = completions(items).get(1).id();
        return items.stream()
                .map(i -> new ItemEdit(i.id(), null, i.title(), i.body(), i.excluded(), i.id() == second))
                .toList();
    }

    private static List<ItemEdit> rewriteFirst(List<BulletinItem> items) {
        long first = completions(items).get(0).id();
        return items.stream()
                .map(i -> new ItemEdit(i.id(), i.title(), i.id() == first ? "改写后的正文。" : i.body(), i.excluded()))
                .toList();
    }

    private BulletinEdit edit(
            Numbering numbering,
            String name,
            String organization,
            String editorName,
            String phone,
            List<RecipientEdit> reportTo,
            List<RecipientEdit> distributeTo,
            List<ItemEdit> items) {
        Bulletin b = draft.bulletin();
        return new BulletinEdit(
                b.version(),
                b.issueNumber(),
                b.issueDate(),
                b.title(),
                null,
                b.planTitle(),
                numbering,
                name,
                organization,
                editorName,
                phone,
                reportTo,
                distributeTo,
                items);
    }

    private static List<ItemEdit> same(List<BulletinItem> items) {
        return items.stream()
                .map(i -> new ItemEdit(i.id(), i.title(), i.body(), i.excluded()))
                .toList();
    }

    private static List<BulletinItem> completions(List<BulletinItem> items) {
        return items.stream().filter(i -> i.section() == Section.COMPLETION).toList();
    }
}
