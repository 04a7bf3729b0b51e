-- Figures as the committee published them (DOMAIN.md §5), for the cycles before the platform where no raw data
-- exists (R4, R5): the text exactly as printed ("27.4％", "57,874千円", "1.3倍"), its decimal value and the number
-- of decimals printed (the precision the reconciliation checks a percentage at), where it was printed, who entered
-- it and when. The application reconciles them and can adopt them as KPI history (kpi_value, formula "as published").
-- Sequences start at 1049: EclipseLink takes the value a sequence returns as the LAST id of its block of 50,
-- so the first block is 1000..1049 and generated ids never meet the reference rows (ids below 1000).
CREATE SEQUENCE published_figure_seq START WITH 1049 INCREMENT BY 50;

CREATE TABLE published_figure (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    cycle_id           BIGINT        NOT NULL,
    kpi_id             BIGINT        NOT NULL,
    -- which figure of the KPI's breakdown, as in kpi_value: 'TOTAL', or e.g. 'INDUSTRY', 'FA3', 'BASIC'
    breakdown          VARCHAR(64)   NOT NULL DEFAULT 'TOTAL',
    unit               VARCHAR(32)   NOT NULL,
    -- exactly as printed, unit word included; the decimal below is read from it
    printed_text       VARCHAR(64)   NOT NULL,
    printed_value      NUMERIC(30,6) NOT NULL,
    -- decimals printed: "5%" 0, "55.5%" 1
    printed_decimals   INTEGER       NOT NULL,
    -- a count of a KPI normalised by period that the committee printed already normalised (R4 figures ×1/2 in the
    -- R5 material): adopting it as history must not normalise it again
    printed_normalised BOOLEAN       NOT NULL DEFAULT FALSE,
    -- where it was printed, e.g. '資料3-1 p.45'
    source             VARCHAR(200)  NOT NULL,
    note               VARCHAR(1000),
    entered_by         VARCHAR(255)  NOT NULL,
    entered_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    corrected_by       VARCHAR(255),
    corrected_at       TIMESTAMP WITH TIME ZONE,
    version            INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT published_figure_cycle_fk FOREIGN KEY (cycle_id) REFERENCES follow_up_cycle (id),
    CONSTRAINT published_figure_kpi_fk FOREIGN KEY (kpi_id) REFERENCES kpi (id),
    -- one printed figure per cycle, KPI, breakdown and unit, like kpi_value
    CONSTRAINT published_figure_unique UNIQUE (cycle_id, kpi_id, breakdown, unit),
    -- the units of jp.go.mhlw.kpi.domain.computation.FigureUnit
    CONSTRAINT published_figure_unit_check CHECK (unit IN
        ('COUNT', 'TIMES', 'PERCENT', 'PERCENTAGE_POINTS', 'THOUSAND_YEN', 'AVERAGE')),
    CONSTRAINT published_figure_decimals_check CHECK (printed_decimals BETWEEN 0 AND 6),
    -- only a change in points can be negative, and a share is at most 100%
    CONSTRAINT published_figure_sign_check CHECK (printed_value >= 0 OR unit = 'PERCENTAGE_POINTS'),
    CONSTRAINT published_figure_percent_check CHECK (unit <> 'PERCENT' OR printed_value <= 100),
    CONSTRAINT published_figure_normalised_check CHECK (printed_normalised = FALSE OR unit = 'COUNT'),
    CONSTRAINT published_figure_corrected_check CHECK (
        (corrected_by IS NULL AND corrected_at IS NULL) OR (corrected_by IS NOT NULL AND corrected_at IS NOT NULL))
);

CREATE INDEX published_figure_kpi ON published_figure (kpi_id);
