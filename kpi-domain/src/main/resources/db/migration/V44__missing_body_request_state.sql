-- The bodies a report names as missing are the bodies the cycle asked whose request is not approved, each with where
-- its request stood (MissingState) when the draft was prepared. NULL in the rows of versions published before:
-- a published version is never changed (V40_1), a correction publishes the next one with the states.
ALTER TABLE cycle_report_missing_body ADD COLUMN request_state VARCHAR(32);
ALTER TABLE published_report_missing_body ADD COLUMN request_state VARCHAR(32);

-- A draft is the secretariat's working copy: it loses the bodies the cycle never asked (or whose request is
-- approved) and gains the state of the others.
DELETE FROM cycle_report_missing_body
WHERE NOT EXISTS (SELECT 1 FROM cycle_report r
                  JOIN report_request q ON q.cycle_id = r.cycle_id
                  JOIN organisation o ON o.id = q.organisation_id
                  WHERE r.id = cycle_report_missing_body.report_id
                    AND o.code = cycle_report_missing_body.organisation_code
                    AND q.state <> 'APPROVED');

UPDATE cycle_report_missing_body
SET request_state = (SELECT CASE
                                WHEN q.state IN ('NOT_STARTED', 'DRAFT', 'RETURNED')
                                    AND q.due_date < CAST(r.prepared_at AS DATE) THEN 'OVERDUE'
                                WHEN q.state = 'SUBMITTED' THEN 'AWAITING_REVIEW'
                                ELSE q.state END
                     FROM cycle_report r
                     JOIN report_request q ON q.cycle_id = r.cycle_id
                     JOIN organisation o ON o.id = q.organisation_id
                     WHERE r.id = cycle_report_missing_body.report_id
                       AND o.code = cycle_report_missing_body.organisation_code);
