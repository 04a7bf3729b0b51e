-- What the public read is never changed afterwards: a published version's lines, missing bodies and narratives are
-- append-only, and of the version row itself only superseded_at may be set, once.
CREATE FUNCTION published_report_content_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'published report content is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER published_report_line_no_update_or_delete
    BEFORE UPDATE OR DELETE ON published_report_line
    FOR EACH ROW EXECUTE FUNCTION published_report_content_is_append_only();
CREATE TRIGGER published_report_missing_body_no_update_or_delete
    BEFORE UPDATE OR DELETE ON published_report_missing_body
    FOR EACH ROW EXECUTE FUNCTION published_report_content_is_append_only();
CREATE TRIGGER published_report_narrative_no_update_or_delete
    BEFORE UPDATE OR DELETE ON published_report_narrative
    FOR EACH ROW EXECUTE FUNCTION published_report_content_is_append_only();

CREATE FUNCTION published_report_only_superseded() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'published report versions cannot be deleted';
    END IF;
    IF OLD.superseded_at IS NOT NULL
       OR NEW.id <> OLD.id OR NEW.cycle_id <> OLD.cycle_id OR NEW.version_number <> OLD.version_number
       OR NEW.published_by <> OLD.published_by OR NEW.published_at <> OLD.published_at
       OR NEW.meeting_date IS DISTINCT FROM OLD.meeting_date OR NEW.decisions IS DISTINCT FROM OLD.decisions
       OR NEW.correction_reason IS DISTINCT FROM OLD.correction_reason THEN
        RAISE EXCEPTION 'a published report version can only be marked superseded, once';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER published_report_superseded_only
    BEFORE UPDATE OR DELETE ON published_report
    FOR EACH ROW EXECUTE FUNCTION published_report_only_superseded();
