-- The two snapshots the JFMDA member survey asks about are the cycle's data beside its survey reference date, so
-- that a year opened on the screen is computed with the dates the secretariat set (docs/domain.md §4).
-- R4 (FY2022) asked about January 2022 and January 2023; R5 (FY2023) about January 2023 and January 2024.
ALTER TABLE follow_up_cycle ADD COLUMN survey_previous_snapshot DATE;
ALTER TABLE follow_up_cycle ADD COLUMN survey_current_snapshot DATE;
ALTER TABLE follow_up_cycle ADD CONSTRAINT follow_up_cycle_snapshot_order_check
    CHECK (survey_previous_snapshot IS NULL OR survey_current_snapshot IS NULL
           OR survey_previous_snapshot < survey_current_snapshot);

UPDATE follow_up_cycle SET survey_previous_snapshot = DATE '2022-01-01', survey_current_snapshot = DATE '2023-01-01'
 WHERE plan_id = 2 AND fiscal_year = 2022;
UPDATE follow_up_cycle SET survey_previous_snapshot = DATE '2023-01-01', survey_current_snapshot = DATE '2024-01-01'
 WHERE plan_id = 2 AND fiscal_year = 2023;
