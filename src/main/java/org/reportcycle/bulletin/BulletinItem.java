package org.reportcycle.bulletin;

/**
 * One item of the bulletin, copied from a report (or written by the editor, then without department) so the
 * editor can change it without changing the report. Plan items also carry 责任领导, 责任部室 and 完成时限 as printed.
 */
public record BulletinItem(
        long id,
        Section section,
        int position,
        boolean excluded,
        String departmentCode,
        String title,
        String body,
        Long planItemId,
        String responsible,
        String departments,
        String deadlineText) {

    public enum Section {
        COMPLETION,
        PLAN
    }
}
