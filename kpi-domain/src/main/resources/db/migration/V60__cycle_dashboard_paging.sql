-- The cycle dashboard reads a page of a cycle's requests at a time, filtered and ordered by the database, and its
-- figures (completion, timeliness, the overdue) from counts per template and state.
--
-- Timeliness compares the day of the first submission in Japan with the due date: the day is kept on the row so
-- that the database can count it. Japan keeps no daylight saving time, so the day is that of the instant plus nine
-- hours; it is computed from the epoch so that the session's time zone plays no part (H2 and PostgreSQL alike).
ALTER TABLE report_request ADD COLUMN first_submitted_on DATE;
UPDATE report_request
   SET first_submitted_on = DATE '1970-01-01'
       + CAST(FLOOR((EXTRACT(EPOCH FROM first_submitted_at) + 32400) / 86400) AS INTEGER)
 WHERE first_submitted_at IS NOT NULL;
ALTER TABLE report_request ADD CONSTRAINT report_request_first_submitted_check
    CHECK ((first_submitted_at IS NULL) = (first_submitted_on IS NULL));

-- A cycle's requests by state and due date: the overdue bodies (open and past their due date) are found in the
-- index, for the list and its count. It serves what the index on (cycle_id, state) served.
CREATE INDEX report_request_cycle_state_due_idx ON report_request (cycle_id, state, due_date);
DROP INDEX report_request_cycle_state_idx;
