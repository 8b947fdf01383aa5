package org.reportcycle.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportcycle.submission.RoundEntry.Section;
import org.reportcycle.submission.TextDiff.Op;
import org.reportcycle.submission.TextDiff.Segment;

/** A resubmitted report against the returned one: entries kept, added, removed and changed, text marked. */
class EntryDiffTest {

    @Test
    void changedTextIsMarkedCharacterByCharacter() {
        assertThat(TextDiff.of("参会职工120人。", "参会职工150余人。"))
                .containsExactly(
                        new Segment(Op.SAME, "参会职工1"),
                        new Segment(Op.REMOVED, "2"),
                        new Segment(Op.ADDED, "5"),
                        new Segment(Op.SAME, "0"),
                        new Segment(Op.ADDED, "余"),
                        new Segment(Op.SAME, "人。"));
        assertThat(TextDiff.of("同样。", "同样。")).containsExactly(new Segment(Op.SAME, "同样。"));
        assertThat(TextDiff.of("", "新")).containsExactly(new Segment(Op.ADDED, "新"));
    }

    @Test
    void entriesAreMatchedKeptFirstThenPairedAsChanges() {
        RoundEntry kept = new RoundEntry(Section.COMPLETION, "一、学习。", "组织学习。");
        RoundEntry was = new RoundEntry(Section.COMPLETION, "二、慰问。", "慰问职工120人。");
        RoundEntry now = new RoundEntry(Section.COMPLETION, "二、慰问。", "慰问职工150人。");
        RoundEntry added = new RoundEntry(Section.COMPLETION, "三、培训。", "培训骨干。");
        RoundEntry gonePlan = new RoundEntry(Section.PLAN, "筹备换届。", "完成时限：十二月份");

        List<EntryDiff.Change> changes = EntryDiff.of(List.of(kept, was, gonePlan), List.of(kept, now, added));

        assertThat(changes)
                .extracting(EntryDiff.Change::kind)
                .containsExactly(
                        EntryDiff.Kind.SAME, EntryDiff.Kind.CHANGED, EntryDiff.Kind.ADDED, EntryDiff.Kind.REMOVED);
        assertThat(changes.get(1).body()).contains(new Segment(Op.REMOVED, "2"), new Segment(Op.ADDED, "5"));
        assertThat(changes.get(2).title()).containsExactly(new Segment(Op.ADDED, "三、培训。"));
        assertThat(changes.get(3).section()).isEqualTo(Section.PLAN);
        assertThat(changes.get(3).title()).containsExactly(new Segment(Op.REMOVED, "筹备换届。"));
    }

    @Test
    void anEntryInsertedAtTheTopLeavesTheOthersUnchanged() {
        RoundEntry a = new RoundEntry(Section.COMPLETION, "甲。", "甲的正文。");
        RoundEntry b = new RoundEntry(Section.COMPLETION, "乙。", "乙的正文。");
        RoundEntry top = new RoundEntry(Section.COMPLETION, "新。", "新的正文。");

        assertThat(EntryDiff.of(List.of(a, b), List.of(top, a, b)))
                .extracting(EntryDiff.Change::kind)
                .containsExactly(EntryDiff.Kind.ADDED, EntryDiff.Kind.SAME, EntryDiff.Kind.SAME);
    }
}
