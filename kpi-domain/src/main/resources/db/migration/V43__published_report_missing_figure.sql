-- The ministries' KPIs a published version has no value for (docs/domain.md §5): the division's progress report was
-- not approved, or it left the figure blank. Kept with the reason as worded at publication, in both languages, so the
-- published report, its PDF and workbook print the reason instead of a figure, never a 0.
CREATE TABLE published_report_missing_figure (
    report_id   BIGINT        NOT NULL,
    kpi_code    VARCHAR(64)   NOT NULL,
    goal_number INTEGER       NOT NULL,
    name_ja     VARCHAR(300)  NOT NULL,
    name_en     VARCHAR(300)  NOT NULL,
    reason_ja   VARCHAR(1000) NOT NULL,
    reason_en   VARCHAR(1000) NOT NULL,
    CONSTRAINT published_report_missing_figure_pk PRIMARY KEY (report_id, kpi_code),
    CONSTRAINT published_report_missing_figure_report_fk FOREIGN KEY (report_id) REFERENCES published_report (id)
);
