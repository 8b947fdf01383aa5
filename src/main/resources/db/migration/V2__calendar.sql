-- The working-day calendar: per year, the statutory holidays and make-up workdays (调休). The database is the
-- master; config/calendar/<year>.yml seeds a year that is not here yet. A day not listed is a working day
-- from Monday to Friday. A year without a calendar_year row has no data (weekends only, with a warning).

CREATE TABLE calendar_year (
    year_number     INT PRIMARY KEY,
    source          VARCHAR(10)  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(50)  NOT NULL,
    CONSTRAINT calendar_year_source CHECK (source IN ('file', 'admin'))
);

CREATE TABLE calendar_day (
    calendar_date   DATE PRIMARY KEY,
    year_number     INT          NOT NULL REFERENCES calendar_year (year_number),
    working         BOOLEAN      NOT NULL,
    name            VARCHAR(50)  NOT NULL
);

CREATE INDEX calendar_day_year ON calendar_day (year_number);
