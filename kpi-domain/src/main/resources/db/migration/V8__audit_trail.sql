-- The audit trail: one row per state change, append-only (see db/vendor/postgresql for the enforcement).
-- EclipseLink takes the value a sequence returns as the last id of its block of 50: start at 50
CREATE SEQUENCE audit_record_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_record (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    occurred_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    actor               VARCHAR(255)  NOT NULL,
    actor_organisation  VARCHAR(64),
    action              VARCHAR(64)   NOT NULL,
    object_type         VARCHAR(64)   NOT NULL,
    object_id           VARCHAR(64)   NOT NULL,
    object_organisation VARCHAR(64),
    summary             VARCHAR(1000) NOT NULL,
    before_state        TEXT,
    after_state         TEXT
);

CREATE INDEX audit_record_object ON audit_record (object_type, object_id);
CREATE INDEX audit_record_actor ON audit_record (actor);
CREATE INDEX audit_record_occurred ON audit_record (occurred_at);
