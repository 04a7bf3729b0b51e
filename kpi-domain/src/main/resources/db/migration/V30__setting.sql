-- Settings the administrators change at run time (deadlines, reminder schedules, thresholds); the processes and
-- services read them through jp.go.mhlw.kpi.domain.model.setting.Settings. Every change is audited with before/after.
CREATE TABLE setting (
    setting_key   VARCHAR(100) NOT NULL PRIMARY KEY,
    setting_kind  VARCHAR(32)  NOT NULL,
    setting_value VARCHAR(200) NOT NULL,
    version       INTEGER      NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE,
    updated_by    VARCHAR(255)
);

INSERT INTO setting (setting_key, setting_kind, setting_value, version) VALUES
    ('supply.deadline.additional-report', 'DURATION', 'P14D', 0),
    ('supply.deadline.triage', 'DURATION', 'P7D', 0),
    ('supply.deadline.response', 'DURATION', 'P14D', 0),
    ('followup.reminder.days-before-due', 'DAY_LIST', '14,7,1', 0),
    ('followup.escalation.delay-after-due', 'DURATION', 'P7D', 0),
    ('submission.outlier.upper-factor', 'UPPER_FACTOR', '3', 0),
    ('submission.outlier.lower-factor', 'LOWER_FACTOR', '1/3', 0);
