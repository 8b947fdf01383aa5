package org.reportcycle.submission;

import java.util.ArrayList;
import java.util.List;

/**
 * The difference of two texts, character by character (Chinese text has no spaces to split words on): the common
 * start and end are cut off first, and a middle too large to compare is shown as removed, then added.
 */
final class TextDiff {

    /** Beyond this many character pairs the middle is not compared, to bound time and memory. */
    private static final long MAX_CELLS = 1_000_000L;

    enum Op {
        SAME,
        ADDED,
        REMOVED
    }

    /** A run of text kept, added or removed. */
    record Segment(Op op, String text) {}

    private TextDiff() {}

    static List<Segment> of(String before, String after) {
        int start = 0;
        int max = Math.min(before.length(), after.length());
        while (start < max && before.charAt(start) == after.charAt(start)) {
            start++;
        }
        int end = 0;
        while (end < max - start
                && before.charAt(before.length() - 1 - end) == after.charAt(after.length() - 1 - end)) {
            end++;
        }
        List<Segment> out = new ArrayList<>();
        add(out, Op.SAME, before.substring(0, start));
        middle(out, before.substring(start, before.length() - end), after.substring(start, after.length() - end));
        add(out, Op.SAME, before.substring(before.length() - end));
        return out;
    }

    private static void middle(List<Segment> out, String a, String b) {
        if ((long) a.length() * b.length() > MAX_CELLS) {
            add(out, Op.REMOVED, a);
            add(out, Op.ADDED, b);
            return;
        }
        int[][] lcs = new int[a.length() + 1][b.length() + 1];
        for (int i = a.length() - 1; i >= 0; i--) {
            for (int j = b.length() - 1; j >= 0; j--) {
                lcs[i][j] = a.charAt(i) == b.charAt(j) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.length() || j < b.length()) {
            if (i < a.length() && j < b.length() && a.charAt(i) == b.charAt(j)) {
                add(out, Op.SAME, String.valueOf(a.charAt(i++)));
                j++;
            } else if (i < a.length() && (j == b.length() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                add(out, Op.REMOVED, String.valueOf(a.charAt(i++)));
            } else {
                add(out, Op.ADDED, String.valueOf(b.charAt(j++)));
            }
        }
    }

    /** Appends, joining a run to the one before it when both are of the same kind. */
    private static void add(List<Segment> out, Op op, String text) {
        if (text.isEmpty()) {
            return;
        }
        int last = out.size() - 1;
        if (last >= 0 && out.get(last).op() == op) {
            out.set(last, new Segment(op, out.get(last).text() + text));
        } else {
            out.add(new Segment(op, text));
        }
    }
}
