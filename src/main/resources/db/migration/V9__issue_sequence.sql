-- 第 N 期 of new drafts: one counter per year that only automatic numbering advances, so that a number the office
-- types out of sequence (7777) does not move the next suggestion. Its row is also the lock that lets drafts
-- started at the same moment take consecutive numbers. Existing years start from their highest number.
CREATE TABLE issue_sequence (
    issue_year   INT PRIMARY KEY,
    last_number  INT NOT NULL
);

INSERT INTO issue_sequence (issue_year, last_number)
SELECT issue_year, MAX(issue_number) FROM bulletin GROUP BY issue_year;
