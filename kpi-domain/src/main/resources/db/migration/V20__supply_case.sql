-- Supply-disruption cases (DOMAIN.md §6; jp.go.mhlw.kpi.domain.model.supply.SupplyCase): one product of one
-- manufacturer from its first report to MHLW closing the case. Every filed report is an immutable version whose
-- content (様式10-2 / 10-3) is stored as JSON text, next to the columns that lists and searches need.
-- Sequences start at 1049: EclipseLink takes the value a sequence returns as the LAST id of its block of 50,
-- so the first block is 1000..1049.
CREATE SEQUENCE supply_case_seq START WITH 1049 INCREMENT BY 50;
CREATE SEQUENCE supply_report_version_seq START WITH 1049 INCREMENT BY 50;
CREATE SEQUENCE supply_report_draft_seq START WITH 1049 INCREMENT BY 50;
CREATE SEQUENCE supply_triage_seq START WITH 1049 INCREMENT BY 50;
CREATE SEQUENCE supply_society_consultation_seq START WITH 1049 INCREMENT BY 50;
CREATE SEQUENCE supply_further_action_decision_seq START WITH 1049 INCREMENT BY 50;
CREATE SEQUENCE supply_stock_request_seq START WITH 1049 INCREMENT BY 50;
CREATE SEQUENCE supply_association_support_seq START WITH 1049 INCREMENT BY 50;
-- The serial of the human-readable case number "SC-<year opened, Japan time>-<serial, 6 digits>": one serial across
-- the years, taken one at a time (not an id sequence), so numbers are unique and nearly gapless.
CREATE SEQUENCE supply_case_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE supply_case (
    id                          BIGINT       NOT NULL PRIMARY KEY,
    case_number                 VARCHAR(32)  NOT NULL,
    manufacturer_organisation   VARCHAR(64)  NOT NULL,
    -- the product the case is about, as named when it was opened (each version keeps what it reported)
    product_name                VARCHAR(500) NOT NULL,
    product_approval_number     VARCHAR(100),
    opened_at                   TIMESTAMP WITH TIME ZONE NOT NULL,
    state                       VARCHAR(32)  NOT NULL,
    termination_path            BOOLEAN      NOT NULL DEFAULT FALSE,
    -- versions filed before the termination path began; later ones count towards the 10-3
    versions_before_termination INTEGER      NOT NULL DEFAULT 0,
    -- the latest report has been triaged / the societies consulted on it (each report starts a new round)
    triaged_this_round          BOOLEAN      NOT NULL DEFAULT FALSE,
    consulted_this_round        BOOLEAN      NOT NULL DEFAULT FALSE,
    -- the latest version, repeated here for the case lists
    latest_version_number       INTEGER      NOT NULL DEFAULT 0,
    latest_report_kind          VARCHAR(32),
    latest_filed_at             TIMESTAMP WITH TIME ZONE,
    -- the manufacturer's latest answer on contacting makers of alternatives
    consent_given               BOOLEAN,
    consent_decided_by          VARCHAR(255),
    consent_decided_at          TIMESTAMP WITH TIME ZONE,
    -- the industry association asked to support the coordination
    association_organisation    VARCHAR(64),
    close_reason                VARCHAR(32),
    closed_by                   VARCHAR(255),
    closed_at                   TIMESTAMP WITH TIME ZONE,
    version                     INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT supply_case_number_unique UNIQUE (case_number),
    CONSTRAINT supply_case_manufacturer_fk FOREIGN KEY (manufacturer_organisation) REFERENCES organisation (code),
    CONSTRAINT supply_case_state_check CHECK (state IN ('DRAFT', 'REPORTED', 'UNDER_TRIAGE', 'MONITORING',
        'RESPONSE_REQUESTED', 'COORDINATING', 'TERMINATING', 'TERMINATION_NOTIFIED', 'CLOSED')),
    CONSTRAINT supply_case_latest_kind_check CHECK (latest_report_kind IN
        ('FIRST', 'ADDITIONAL', 'SIMPLE', 'RE_REPORT', 'TERMINATION_NOTICE')),
    CONSTRAINT supply_case_latest_check CHECK (latest_version_number >= 0
        AND (latest_version_number = 0) = (latest_report_kind IS NULL)
        AND (latest_version_number = 0) = (latest_filed_at IS NULL)),
    CONSTRAINT supply_case_termination_check CHECK (versions_before_termination >= 0
        AND versions_before_termination <= latest_version_number),
    CONSTRAINT supply_case_consent_check CHECK ((consent_given IS NULL) = (consent_decided_by IS NULL)
        AND (consent_given IS NULL) = (consent_decided_at IS NULL)),
    CONSTRAINT supply_case_close_reason_check CHECK (close_reason IN ('RESOLVED', 'TERMINATED', 'NO_ACTION_NEEDED')),
    CONSTRAINT supply_case_closed_check CHECK ((state = 'CLOSED') = (close_reason IS NOT NULL)
        AND (close_reason IS NULL) = (closed_by IS NULL) AND (close_reason IS NULL) = (closed_at IS NULL))
);

CREATE INDEX supply_case_manufacturer ON supply_case (manufacturer_organisation);
CREATE INDEX supply_case_association ON supply_case (association_organisation);
CREATE INDEX supply_case_state ON supply_case (state);

-- The filed reports: one row per version, written once (the application never updates or deletes them).
CREATE TABLE supply_report_version (
    id              BIGINT       NOT NULL PRIMARY KEY,
    case_id         BIGINT       NOT NULL,
    version_number  INTEGER      NOT NULL,
    kind            VARCHAR(32)  NOT NULL,
    -- '10-2' or '10-3'
    form_number     VARCHAR(8)   NOT NULL,
    disruption_kind VARCHAR(32),
    product_name    VARCHAR(500),
    approval_number VARCHAR(100),
    filed_by        VARCHAR(255) NOT NULL,
    filed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the SupplyReport as JSON text (infrastructure.persistence.SupplyReportJson), format number inside
    content         TEXT         NOT NULL,
    CONSTRAINT supply_report_version_case_fk FOREIGN KEY (case_id) REFERENCES supply_case (id),
    CONSTRAINT supply_report_version_unique UNIQUE (case_id, version_number),
    CONSTRAINT supply_report_version_number_check CHECK (version_number >= 1),
    CONSTRAINT supply_report_version_kind_check CHECK (kind IN
        ('FIRST', 'ADDITIONAL', 'SIMPLE', 'RE_REPORT', 'TERMINATION_NOTICE')),
    CONSTRAINT supply_report_version_form_check CHECK (form_number IN ('10-2', '10-3')),
    CONSTRAINT supply_report_version_disruption_check CHECK (disruption_kind IN ('INSTABILITY', 'SHORTAGE', 'TERMINATION'))
);

CREATE INDEX supply_report_version_product ON supply_report_version (product_name);
CREATE INDEX supply_report_version_approval ON supply_report_version (approval_number);

-- Work in progress on a case's next report: at most one per case, replaced on each save, never shown to MHLW.
CREATE TABLE supply_report_draft (
    id       BIGINT       NOT NULL PRIMARY KEY,
    case_id  BIGINT       NOT NULL,
    kind     VARCHAR(32)  NOT NULL,
    content  TEXT         NOT NULL,
    saved_by VARCHAR(255) NOT NULL,
    saved_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version  INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT supply_report_draft_case_fk FOREIGN KEY (case_id) REFERENCES supply_case (id),
    CONSTRAINT supply_report_draft_case_unique UNIQUE (case_id),
    CONSTRAINT supply_report_draft_kind_check CHECK (kind IN
        ('FIRST', 'ADDITIONAL', 'SIMPLE', 'RE_REPORT', 'TERMINATION_NOTICE'))
);

-- MHLW's triage of each report (clinical impact, urgency, severity), oldest first by sequence_number.
CREATE TABLE supply_triage (
    id              BIGINT        NOT NULL PRIMARY KEY,
    case_id         BIGINT        NOT NULL,
    sequence_number INTEGER       NOT NULL,
    clinical_impact VARCHAR(32)   NOT NULL,
    urgency         VARCHAR(16)   NOT NULL,
    severity        VARCHAR(16)   NOT NULL,
    note            VARCHAR(4000),
    recorded_by     VARCHAR(255)  NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT supply_triage_case_fk FOREIGN KEY (case_id) REFERENCES supply_case (id),
    CONSTRAINT supply_triage_unique UNIQUE (case_id, sequence_number),
    CONSTRAINT supply_triage_impact_check CHECK (clinical_impact IN ('SMALL', 'LARGE', 'POSSIBLY_LARGE')),
    CONSTRAINT supply_triage_urgency_check CHECK (urgency IN ('HIGH', 'MEDIUM', 'LOW')),
    CONSTRAINT supply_triage_severity_check CHECK (severity IN ('HIGH', 'MEDIUM', 'LOW'))
);

-- MHLW's consultations of academic societies on a termination with large clinical impact.
CREATE TABLE supply_society_consultation (
    id              BIGINT        NOT NULL PRIMARY KEY,
    case_id         BIGINT        NOT NULL,
    sequence_number INTEGER       NOT NULL,
    societies       VARCHAR(1000) NOT NULL,
    outcome         VARCHAR(4000) NOT NULL,
    recorded_by     VARCHAR(255)  NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT supply_society_consultation_case_fk FOREIGN KEY (case_id) REFERENCES supply_case (id),
    CONSTRAINT supply_society_consultation_unique UNIQUE (case_id, sequence_number)
);

-- MHLW's decisions whether further action is needed, with their reasons.
CREATE TABLE supply_further_action_decision (
    id              BIGINT        NOT NULL PRIMARY KEY,
    case_id         BIGINT        NOT NULL,
    sequence_number INTEGER       NOT NULL,
    needed          BOOLEAN       NOT NULL,
    reasons         VARCHAR(4000) NOT NULL,
    decided_by      VARCHAR(255)  NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT supply_further_action_decision_case_fk FOREIGN KEY (case_id) REFERENCES supply_case (id),
    CONSTRAINT supply_further_action_decision_unique UNIQUE (case_id, sequence_number)
);

-- MHLW's requests to makers of alternative products for stock and production data, and their answers.
CREATE TABLE supply_stock_request (
    id                          BIGINT        NOT NULL PRIMARY KEY,
    case_id                     BIGINT        NOT NULL,
    sequence_number             INTEGER       NOT NULL,
    maker_organisation          VARCHAR(64)   NOT NULL,
    requested_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    answered                    BOOLEAN       NOT NULL DEFAULT FALSE,
    stock_on_hand               BIGINT,
    additional_monthly_capacity BIGINT,
    answer_note                 VARCHAR(4000),
    answered_by                 VARCHAR(255),
    answered_at                 TIMESTAMP WITH TIME ZONE,
    version                     INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT supply_stock_request_case_fk FOREIGN KEY (case_id) REFERENCES supply_case (id),
    CONSTRAINT supply_stock_request_unique UNIQUE (case_id, sequence_number),
    CONSTRAINT supply_stock_request_answer_check CHECK (answered = (answered_by IS NOT NULL)
        AND answered = (answered_at IS NOT NULL)
        AND (answered OR (stock_on_hand IS NULL AND additional_monthly_capacity IS NULL AND answer_note IS NULL))),
    CONSTRAINT supply_stock_request_quantities_check CHECK (stock_on_hand >= 0 AND additional_monthly_capacity >= 0)
);

CREATE INDEX supply_stock_request_maker ON supply_stock_request (maker_organisation);

-- What the industry association did to support a case, as it recorded it.
CREATE TABLE supply_association_support (
    id                       BIGINT        NOT NULL PRIMARY KEY,
    case_id                  BIGINT        NOT NULL,
    sequence_number          INTEGER       NOT NULL,
    association_organisation VARCHAR(64)   NOT NULL,
    what_was_done            VARCHAR(4000) NOT NULL,
    recorded_by              VARCHAR(255)  NOT NULL,
    recorded_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT supply_association_support_case_fk FOREIGN KEY (case_id) REFERENCES supply_case (id),
    CONSTRAINT supply_association_support_unique UNIQUE (case_id, sequence_number)
);
