-- The collection of a follow-up cycle (DOMAIN.md §7): the secretariat opens it with a deadline and a reminder
-- schedule, and every body asked gets one report request whose state the submissions and reviews move along.
-- Sequences start at 1049: EclipseLink takes the value a sequence returns as the LAST id of its block of 50,
-- so the first block is 1000..1049.

-- The cycle's collection settings, set when the secretariat opens it (NULL while PLANNED and for earlier cycles).
ALTER TABLE follow_up_cycle ADD COLUMN collection_due DATE;
-- days before a request's due date on which its reporters are reminded, e.g. '14,7,1' (largest first)
ALTER TABLE follow_up_cycle ADD COLUMN reminder_days VARCHAR(100);
ALTER TABLE follow_up_cycle ADD COLUMN collection_opened_at TIMESTAMP WITH TIME ZONE;
-- set when every request is settled or the secretariat closed the collection with bodies missing
ALTER TABLE follow_up_cycle ADD COLUMN collection_closed_at TIMESTAMP WITH TIME ZONE;

CREATE SEQUENCE report_request_seq START WITH 1049 INCREMENT BY 50;

CREATE TABLE report_request (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    cycle_id           BIGINT        NOT NULL,
    organisation_id    BIGINT        NOT NULL,
    -- the template the body fills in, by its kind of organisation (SubmissionKind)
    kind               VARCHAR(32)   NOT NULL,
    state              VARCHAR(16)   NOT NULL,
    -- the body's deadline, extensions included
    due_date           DATE          NOT NULL,
    requested_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    state_changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the first submission decides timeliness; later ones (after a return) do not move it
    first_submitted_at TIMESTAMP WITH TIME ZONE,
    last_submitted_at  TIMESTAMP WITH TIME ZONE,
    -- approved or closed
    settled_at         TIMESTAMP WITH TIME ZONE,
    -- the reviewing officer's comment of the latest return, or the secretariat's reason for closing
    last_comment       VARCHAR(4000),
    reminders_sent     INTEGER       NOT NULL DEFAULT 0,
    last_reminded_at   TIMESTAMP WITH TIME ZONE,
    version            INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT report_request_cycle_fk FOREIGN KEY (cycle_id) REFERENCES follow_up_cycle (id),
    CONSTRAINT report_request_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT report_request_cycle_organisation_unique UNIQUE (cycle_id, organisation_id),
    CONSTRAINT report_request_kind_check CHECK (kind IN
        ('HUB_REPORT', 'AMED_THEME_REPORT', 'MEMBER_SURVEY', 'MINISTRY_PROGRESS_REPORT')),
    CONSTRAINT report_request_state_check CHECK (state IN
        ('NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'CLOSED')),
    CONSTRAINT report_request_settled_check CHECK ((state IN ('APPROVED', 'CLOSED')) = (settled_at IS NOT NULL)),
    CONSTRAINT report_request_reminders_check CHECK (reminders_sent >= 0)
);

-- the dashboard and the inbox read a cycle's requests by state
CREATE INDEX report_request_cycle_state_idx ON report_request (cycle_id, state);
CREATE INDEX report_request_organisation_idx ON report_request (organisation_id);
