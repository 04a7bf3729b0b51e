-- A cycle's report from the secretariat's draft through the committee's review to publication (DOMAIN.md §7), and
-- the published versions: each publication freezes the KPI tables as they were printed, so a later correction or
-- recomputation never changes what the public read. A correction publishes version n+1; the old one stays readable.
-- Sequences start at 1049: EclipseLink takes the value a sequence returns as the LAST id of its block of 50.
CREATE SEQUENCE cycle_report_seq START WITH 1049 INCREMENT BY 50;
CREATE SEQUENCE committee_comment_seq START WITH 1049 INCREMENT BY 50;
CREATE SEQUENCE published_report_seq START WITH 1049 INCREMENT BY 50;

CREATE TABLE cycle_report (
    id                BIGINT        NOT NULL PRIMARY KEY,
    cycle_id          BIGINT        NOT NULL,
    status            VARCHAR(32)   NOT NULL,
    prepared_by       VARCHAR(255)  NOT NULL,
    prepared_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    meeting_date      DATE,
    decisions         VARCHAR(4000),
    -- the reason of the correction under way (status CORRECTION and the review after it), NULL otherwise
    correction_reason VARCHAR(1000),
    version           INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT cycle_report_cycle_fk FOREIGN KEY (cycle_id) REFERENCES follow_up_cycle (id),
    CONSTRAINT cycle_report_cycle_unique UNIQUE (cycle_id),
    CONSTRAINT cycle_report_status_check CHECK (status IN
        ('IN_REVIEW', 'REVIEW_RECORDED', 'PUBLISHED', 'CORRECTION'))
);

-- the secretariat's narrative per goal (used where no ministry progress report gives one)
CREATE TABLE cycle_report_narrative (
    report_id   BIGINT        NOT NULL,
    goal_number INTEGER       NOT NULL,
    text_ja     VARCHAR(4000) NOT NULL,
    CONSTRAINT cycle_report_narrative_pk PRIMARY KEY (report_id, goal_number),
    CONSTRAINT cycle_report_narrative_report_fk FOREIGN KEY (report_id) REFERENCES cycle_report (id)
);

-- the reporting bodies without an approved submission when the draft was prepared
CREATE TABLE cycle_report_missing_body (
    report_id         BIGINT       NOT NULL,
    organisation_code VARCHAR(64)  NOT NULL,
    name_ja           VARCHAR(300) NOT NULL,
    CONSTRAINT cycle_report_missing_body_pk PRIMARY KEY (report_id, organisation_code),
    CONSTRAINT cycle_report_missing_body_report_fk FOREIGN KEY (report_id) REFERENCES cycle_report (id)
);

-- committee members' comments on a KPI (its code) or a goal ('GOAL-<n>')
CREATE TABLE committee_comment (
    id         BIGINT        NOT NULL PRIMARY KEY,
    report_id  BIGINT        NOT NULL,
    subject    VARCHAR(80)   NOT NULL,
    body       VARCHAR(4000) NOT NULL,
    author     VARCHAR(255)  NOT NULL,
    written_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT committee_comment_report_fk FOREIGN KEY (report_id) REFERENCES cycle_report (id)
);

CREATE INDEX committee_comment_report ON committee_comment (report_id);

CREATE TABLE published_report (
    id                BIGINT        NOT NULL PRIMARY KEY,
    cycle_id          BIGINT        NOT NULL,
    version_number    INTEGER       NOT NULL,
    published_by      VARCHAR(255)  NOT NULL,
    published_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    meeting_date      DATE,
    decisions         VARCHAR(4000),
    -- why this version replaced the previous one (NULL for version 1)
    correction_reason VARCHAR(1000),
    -- set once, when the next version is published
    superseded_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT published_report_cycle_fk FOREIGN KEY (cycle_id) REFERENCES follow_up_cycle (id),
    CONSTRAINT published_report_version_unique UNIQUE (cycle_id, version_number),
    CONSTRAINT published_report_version_check CHECK (version_number >= 1),
    CONSTRAINT published_report_reason_check CHECK (version_number = 1 OR correction_reason IS NOT NULL)
);

-- one KPI figure as published: full precision and as printed, with last cycle's printed figure for comparison
CREATE TABLE published_report_line (
    report_id      BIGINT         NOT NULL,
    line_number    INTEGER        NOT NULL,
    goal_number    INTEGER        NOT NULL,
    kpi_code       VARCHAR(64)    NOT NULL,
    name_ja        VARCHAR(300)   NOT NULL,
    name_en        VARCHAR(300)   NOT NULL,
    breakdown      VARCHAR(64)    NOT NULL,
    unit           VARCHAR(32)    NOT NULL,
    figure_value   NUMERIC(38,16) NOT NULL,
    printed        VARCHAR(64)    NOT NULL,
    previous_printed VARCHAR(64),
    normalisation  VARCHAR(1000),
    formula        VARCHAR(4000)  NOT NULL,
    CONSTRAINT published_report_line_pk PRIMARY KEY (report_id, line_number),
    CONSTRAINT published_report_line_report_fk FOREIGN KEY (report_id) REFERENCES published_report (id)
);

CREATE TABLE published_report_missing_body (
    report_id         BIGINT       NOT NULL,
    organisation_code VARCHAR(64)  NOT NULL,
    name_ja           VARCHAR(300) NOT NULL,
    CONSTRAINT published_report_missing_body_pk PRIMARY KEY (report_id, organisation_code),
    CONSTRAINT published_report_missing_body_report_fk FOREIGN KEY (report_id) REFERENCES published_report (id)
);

CREATE TABLE published_report_narrative (
    report_id   BIGINT        NOT NULL,
    goal_number INTEGER       NOT NULL,
    text_ja     VARCHAR(4000) NOT NULL,
    CONSTRAINT published_report_narrative_pk PRIMARY KEY (report_id, goal_number),
    CONSTRAINT published_report_narrative_report_fk FOREIGN KEY (report_id) REFERENCES published_report (id)
);
