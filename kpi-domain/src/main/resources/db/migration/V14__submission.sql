-- Submissions of the follow-up cycle (jp.go.mhlw.kpi.domain.model.submission): per report request one row with the
-- reporter's mutable draft, and one immutable row per submitted version. The typed data of the four templates
-- (hub report, AMED themes, JFMDA survey, ministry progress report) is stored as JSON text in a numbered layout,
-- like the supply reports' content; the columns beside it are what lists, joins and the lineage need.
-- Sequences start at 1049: EclipseLink takes the value a sequence returns as the LAST id of its block of 50.
CREATE SEQUENCE submission_seq START WITH 1049 INCREMENT BY 50;
CREATE SEQUENCE submission_version_seq START WITH 1049 INCREMENT BY 50;
CREATE SEQUENCE submission_review_seq START WITH 1049 INCREMENT BY 50;

CREATE TABLE submission (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    -- the report request it answers (kept by the cycle's process side)
    request_id         BIGINT       NOT NULL,
    cycle_id           BIGINT       NOT NULL,
    organisation_code  VARCHAR(64)  NOT NULL,
    kind               VARCHAR(32)  NOT NULL,
    draft_content      TEXT,
    draft_saved_by     VARCHAR(255),
    draft_saved_at     TIMESTAMP WITH TIME ZONE,
    version            INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT submission_request_unique UNIQUE (request_id),
    CONSTRAINT submission_cycle_fk FOREIGN KEY (cycle_id) REFERENCES follow_up_cycle (id),
    CONSTRAINT submission_organisation_fk FOREIGN KEY (organisation_code) REFERENCES organisation (code),
    CONSTRAINT submission_kind_check CHECK (kind IN ('HUB_REPORT', 'AMED_THEME_REPORT', 'MEMBER_SURVEY',
        'MINISTRY_PROGRESS_REPORT')),
    CONSTRAINT submission_draft_check CHECK ((draft_content IS NULL) = (draft_saved_by IS NULL)
        AND (draft_content IS NULL) = (draft_saved_at IS NULL))
);

CREATE INDEX submission_cycle_kind ON submission (cycle_id, kind);
CREATE INDEX submission_organisation ON submission (organisation_code);

-- The submitted versions: written once, never updated or deleted (db/vendor/postgresql V14_1 enforces it).
CREATE TABLE submission_version (
    id              BIGINT       NOT NULL PRIMARY KEY,
    submission_id   BIGINT       NOT NULL,
    version_number  INTEGER      NOT NULL,
    content         TEXT         NOT NULL,
    -- the validation's warnings at submit, and the reporter's justification for each (JSON arrays)
    warnings        TEXT         NOT NULL,
    justifications  TEXT         NOT NULL,
    submitted_by    VARCHAR(255) NOT NULL,
    submitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT submission_version_submission_fk FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT submission_version_number_unique UNIQUE (submission_id, version_number),
    CONSTRAINT submission_version_number_check CHECK (version_number >= 1)
);

-- The officer's decision on a version, at most one per version, written once like the version itself.
CREATE TABLE submission_review (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version_id   BIGINT       NOT NULL,
    decision     VARCHAR(16)  NOT NULL,
    review_comment VARCHAR(4000),
    reviewed_by  VARCHAR(255) NOT NULL,
    reviewed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT submission_review_version_fk FOREIGN KEY (version_id) REFERENCES submission_version (id),
    CONSTRAINT submission_review_version_unique UNIQUE (version_id),
    CONSTRAINT submission_review_decision_check CHECK (decision IN ('APPROVED', 'RETURNED')),
    CONSTRAINT submission_review_comment_check CHECK (decision = 'APPROVED' OR review_comment IS NOT NULL)
);
