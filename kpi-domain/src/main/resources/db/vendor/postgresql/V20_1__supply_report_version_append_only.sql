-- A filed supply report is evidence: its version row is never changed or removed, not even by the
-- application's own database user (the same guard as the audit trail's, V8_1).
CREATE FUNCTION supply_report_version_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'filed supply report versions are append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER supply_report_version_no_update_or_delete
    BEFORE UPDATE OR DELETE ON supply_report_version
    FOR EACH ROW EXECUTE FUNCTION supply_report_version_is_append_only();

CREATE TRIGGER supply_report_version_no_truncate
    BEFORE TRUNCATE ON supply_report_version
    FOR EACH STATEMENT EXECUTE FUNCTION supply_report_version_is_append_only();
