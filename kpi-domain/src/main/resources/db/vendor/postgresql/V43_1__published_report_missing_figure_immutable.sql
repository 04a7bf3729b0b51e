-- A published version's missing figures are append-only, like its lines (V40_1).
CREATE TRIGGER published_report_missing_figure_no_update_or_delete
    BEFORE UPDATE OR DELETE ON published_report_missing_figure
    FOR EACH ROW EXECUTE FUNCTION published_report_content_is_append_only();
