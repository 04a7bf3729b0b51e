-- A submitted version and the officer's review of it are what the KPI values are traced back to: neither is ever
-- changed or removed, not even by the application's own database user (the same guard as V8_1 and V20_1).
CREATE FUNCTION submission_version_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'submitted versions and their reviews are append-only (% on % refused)', TG_OP, TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER submission_version_no_update_or_delete
    BEFORE UPDATE OR DELETE ON submission_version
    FOR EACH ROW EXECUTE FUNCTION submission_version_is_append_only();

CREATE TRIGGER submission_version_no_truncate
    BEFORE TRUNCATE ON submission_version
    FOR EACH STATEMENT EXECUTE FUNCTION submission_version_is_append_only();

CREATE TRIGGER submission_review_no_update_or_delete
    BEFORE UPDATE OR DELETE ON submission_review
    FOR EACH ROW EXECUTE FUNCTION submission_version_is_append_only();

CREATE TRIGGER submission_review_no_truncate
    BEFORE TRUNCATE ON submission_review
    FOR EACH STATEMENT EXECUTE FUNCTION submission_version_is_append_only();
