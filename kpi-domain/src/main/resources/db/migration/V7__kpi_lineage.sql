-- Lineage of published figures (DOMAIN.md §5): every computed KPI value is stored at full precision with its
-- numerator, denominator, formula and normalisation, and linked to the submissions it was computed from.
-- Sequences start at 1049: EclipseLink takes the value a sequence returns as the LAST id of its block of 50,
-- so the first block is 1000..1049 and generated ids never meet the reference rows (ids below 1000).
CREATE SEQUENCE kpi_value_seq START WITH 1049 INCREMENT BY 50;

CREATE TABLE kpi_value (
    id            BIGINT         NOT NULL PRIMARY KEY,
    cycle_id      BIGINT         NOT NULL,
    kpi_id        BIGINT         NOT NULL,
    -- which figure of the KPI's breakdown: 'TOTAL', or e.g. 'INDUSTRY' (training category), 'FA3', 'BASIC'
    breakdown     VARCHAR(64)    NOT NULL DEFAULT 'TOTAL',
    -- one KPI may publish several units per cycle, e.g. a share and its change in points, a count and its ratio to last year
    unit          VARCHAR(32)    NOT NULL,
    label         VARCHAR(300)   NOT NULL,
    -- 16 decimals keep display rounding exact for repeating quotients (46/186 × 100); numerator and denominator
    -- are stored too, so the exact fraction is never lost
    figure_value  NUMERIC(38,16) NOT NULL,
    numerator     NUMERIC(38,16) NOT NULL,
    denominator   NUMERIC(38,16) NOT NULL,
    formula       VARCHAR(4000)  NOT NULL,
    -- the period normalisations applied, as shown next to the figure: "R4 (2021-04-01〜2023-03-06) ×1/2"
    normalisation VARCHAR(1000),
    computed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version       INTEGER        NOT NULL DEFAULT 0,
    CONSTRAINT kpi_value_cycle_fk FOREIGN KEY (cycle_id) REFERENCES follow_up_cycle (id),
    CONSTRAINT kpi_value_kpi_fk FOREIGN KEY (kpi_id) REFERENCES kpi (id),
    -- recomputing a figure replaces it
    CONSTRAINT kpi_value_figure_unique UNIQUE (cycle_id, kpi_id, breakdown, unit),
    -- the units of jp.go.mhlw.kpi.domain.computation.FigureUnit
    CONSTRAINT kpi_value_unit_check CHECK (unit IN
        ('COUNT', 'TIMES', 'PERCENT', 'PERCENTAGE_POINTS', 'THOUSAND_YEN', 'AVERAGE')),
    CONSTRAINT kpi_value_denominator_check CHECK (denominator <> 0)
);

CREATE INDEX kpi_value_kpi ON kpi_value (kpi_id);

-- The submissions behind a value. Submissions are not modelled yet, so there is no foreign key to them:
-- a kind and an id, to be constrained when the submission tables exist.
CREATE TABLE kpi_value_input (
    kpi_value_id    BIGINT      NOT NULL,
    submission_kind VARCHAR(32) NOT NULL,
    submission_id   BIGINT      NOT NULL,
    CONSTRAINT kpi_value_input_pk PRIMARY KEY (kpi_value_id, submission_kind, submission_id),
    CONSTRAINT kpi_value_input_value_fk FOREIGN KEY (kpi_value_id) REFERENCES kpi_value (id) ON DELETE CASCADE,
    CONSTRAINT kpi_value_input_kind_check CHECK (submission_kind IN
        ('HUB_REPORT', 'AMED_THEME_REPORT', 'MEMBER_SURVEY', 'MINISTRY_PROGRESS_REPORT'))
);
