package org.reportcycle.submission;

import java.util.ArrayList;
import java.util.List;
import org.reportcycle.submission.TextDiff.Segment;

/**
 * A resubmitted report against the returned one, entry by entry within each section: entries kept as they were,
 * added, removed, or changed (then with the changed text of title and body marked). Entries equal in both are
 * matched first (longest common run), and the entries between two matches are paired in order as changes.
 */
final class EntryDiff {

    enum Kind {
        SAME,
        ADDED,
        REMOVED,
        CHANGED
    }

    /** One entry's change; for ADDED and REMOVED the segments hold the whole text as added or removed. */
    record Change(Kind kind, RoundEntry.Section section, List<Segment> title, List<Segment> body) {}

    private EntryDiff() {}

    static List<Change> of(List<RoundEntry> before, List<RoundEntry> after) {
        List<Change> out = new ArrayList<>();
        for (RoundEntry.Section section : RoundEntry.Section.values()) {
            section(out, only(before, section), only(after, section));
        }
        return out;
    }

    private static void section(List<Change> out, List<RoundEntry> a, List<RoundEntry> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).sameAs(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        List<RoundEntry> gone = new ArrayList<>();
        List<RoundEntry> come = new ArrayList<>();
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).sameAs(b.get(j))) {
                flush(out, gone, come);
                out.add(whole(Kind.SAME, a.get(i++), TextDiff.Op.SAME));
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                come.add(b.get(j++));
            } else {
                gone.add(a.get(i++));
            }
        }
        flush(out, gone, come);
    }

    /** Pairs what went and what came between two kept entries: changes, then what is left over. */
    private static void flush(List<Change> out, List<RoundEntry> gone, List<RoundEntry> come) {
        int paired = Math.min(gone.size(), come.size());
        for (int k = 0; k < paired; k++) {
            RoundEntry was = gone.get(k);
            RoundEntry now = come.get(k);
            out.add(new Change(
                    Kind.CHANGED,
                    now.section(),
                    TextDiff.of(was.title(), now.title()),
                    TextDiff.of(was.body(), now.body())));
        }
        gone.subList(paired, gone.size()).forEach(e -> out.add(whole(Kind.REMOVED, e, TextDiff.Op.REMOVED)));
        come.subList(paired, come.size()).forEach(e -> out.add(whole(Kind.ADDED, e, TextDiff.Op.ADDED)));
        gone.clear();
        come.clear();
    }

    private static Change whole(Kind kind, RoundEntry e, TextDiff.Op op) {
        return new Change(
                kind,
                e.section(),
                List.of(new Segment(op, e.title())),
                e.body().isEmpty() ? List.of() : List.of(new Segment(op, e.body())));
    }

    private static List<RoundEntry> only(List<RoundEntry> entries, RoundEntry.Section section) {
        return entries.stream().filter(e -> e.section() == section).toList();
    }
}
