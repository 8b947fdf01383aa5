-- A back-filled cycle (补录): a month before last month opened deliberately to enter its reports afterwards. It
-- sends no email and schedules no reminder; the pages mark it.
ALTER TABLE reporting_cycle ADD COLUMN backfill BOOLEAN DEFAULT FALSE NOT NULL;
