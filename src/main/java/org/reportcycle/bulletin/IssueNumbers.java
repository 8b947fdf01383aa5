package org.reportcycle.bulletin;

import org.reportcycle.system.TransientConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Gives new drafts the year's next 第 N 期: one more than the last number given out automatically in that year,
 * skipping numbers already in use. Numbers the office types never move it. The year's counter row stays locked
 * until the draft is written, so drafts started at the same moment take consecutive numbers, one after another.
 */
@Repository
class IssueNumbers {

    private final JdbcClient jdbc;

    IssueNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Must run in the transaction that writes the draft. */
    int next(int year) {
        if (jdbc.sql("UPDATE issue_sequence SET last_number = last_number + 1 WHERE issue_year = ?")
                        .param(year)
                        .update()
                == 0) {
            startYear(year);
        }
        int number = jdbc.sql("SELECT last_number FROM issue_sequence WHERE issue_year = ?")
                .param(year)
                .query(Integer.class)
                .single();
        int free = number;
        while (taken(year, free)) {
            free++;
        }
        if (free != number) {
            jdbc.sql("UPDATE issue_sequence SET last_number = ? WHERE issue_year = ?")
                    .params(free, year)
                    .update();
        }
        return free;
    }

    /** The year's first automatic number; a draft of the same year started meanwhile made the row: try again. */
    private void startYear(int year) {
        try {
            jdbc.sql("INSERT INTO issue_sequence (issue_year, last_number) VALUES (?, 1)")
                    .param(year)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new TransientConflictException(e);
        }
    }

    private boolean taken(int year, int number) {
        return jdbc.sql("SELECT COUNT(*) FROM bulletin WHERE issue_year = ? AND issue_number = ?")
                        .params(year, number)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
