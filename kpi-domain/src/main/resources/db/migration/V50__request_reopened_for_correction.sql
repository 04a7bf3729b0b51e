-- An approved report request can be reopened for a correction (REOPENED): the reporter submits a new version, which
-- is reviewed as usual; the approved version stays stored and counts until the corrected one is approved, then it is
-- superseded (kept, no longer counted). A reopened request is not settled.
ALTER TABLE report_request DROP CONSTRAINT report_request_state_check;
ALTER TABLE report_request ADD CONSTRAINT report_request_state_check CHECK (state IN
    ('NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'REOPENED', 'CLOSED'));

-- The secretariat's reopening of the submission, kept until the corrected version is submitted (the audit trail
-- keeps every reopening for good).
ALTER TABLE submission ADD COLUMN reopen_reason VARCHAR(4000);
ALTER TABLE submission ADD COLUMN reopened_by VARCHAR(255);
ALTER TABLE submission ADD COLUMN reopened_at TIMESTAMP WITH TIME ZONE;
