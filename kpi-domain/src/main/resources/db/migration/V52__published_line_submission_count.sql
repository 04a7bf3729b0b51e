-- A published figure's lineage as the public reads it: how many submissions the figure was computed from (which
-- bodies is not public). Frozen with the version like the rest of the line; versions published before this was
-- recorded keep NULL and say so.
ALTER TABLE published_report_line ADD COLUMN submission_count INTEGER;
ALTER TABLE published_report_line ADD CONSTRAINT published_report_line_submission_count_check
    CHECK (submission_count IS NULL OR submission_count >= 0);
