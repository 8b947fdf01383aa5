-- One row that nodes lock while they look for the opening loop's process instance and start it if none runs, so
-- that two nodes starting at once start one loop between them (ReportCycle's own lock, not the engine's).
CREATE TABLE cycle_opening_lock (
    id INTEGER PRIMARY KEY
);
INSERT INTO cycle_opening_lock (id) VALUES (1);
