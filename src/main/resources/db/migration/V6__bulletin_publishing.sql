-- The bulletin as published: special issues (专刊) beside the monthly ones, printed header and footer fields
-- the editor may change, the recipients of each issue, and the exact files a leader signed off.

-- A special issue belongs to no reporting period; it shares the yearly number sequence (uq_bulletin_number).
ALTER TABLE bulletin ALTER COLUMN period DROP NOT NULL;
ALTER TABLE bulletin ADD COLUMN kind VARCHAR(20) DEFAULT 'MONTHLY' NOT NULL;
-- CHINESE prints items 一、二、…; ARABIC prints 1、2、…
ALTER TABLE bulletin ADD COLUMN numbering VARCHAR(20) DEFAULT 'CHINESE' NOT NULL;
-- Printed header and footer fields, copied from the organisation when the draft is made; NULL on drafts made
-- before this migration, which print the organisation's values.
ALTER TABLE bulletin ADD COLUMN bulletin_name VARCHAR(100);
ALTER TABLE bulletin ADD COLUMN organization_name VARCHAR(100);
ALTER TABLE bulletin ADD COLUMN editor VARCHAR(100);
ALTER TABLE bulletin ADD COLUMN phone VARCHAR(50);
ALTER TABLE bulletin ADD COLUMN created_by VARCHAR(50);

-- Items the editor adds (a special issue's, or an extra one) come from no department.
ALTER TABLE bulletin_item ALTER COLUMN department_code DROP NOT NULL;

-- Who receives this issue: printed in its 报 / 发 footer and sent one email each.
CREATE TABLE bulletin_recipient (
    bulletin_id     BIGINT       NOT NULL REFERENCES bulletin (id),
    list_kind       VARCHAR(20)  NOT NULL,
    position        INT          NOT NULL,
    name            VARCHAR(100) NOT NULL,
    email           VARCHAR(200) NOT NULL,
    PRIMARY KEY (bulletin_id, list_kind, position)
);

-- The files rendered when the draft went to sign-off: what the signer sees, approves, and what is archived and
-- sent, byte for byte.
CREATE TABLE bulletin_rendition (
    bulletin_id      BIGINT      NOT NULL REFERENCES bulletin (id),
    format           VARCHAR(10) NOT NULL,
    bulletin_version INT         NOT NULL,
    content          BYTEA       NOT NULL,
    sha256           VARCHAR(64) NOT NULL,
    rendered_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (bulletin_id, format)
);

CREATE INDEX ix_bulletin_published ON bulletin (status, issue_year, issue_number);
