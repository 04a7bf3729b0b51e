-- Fiscal-year follow-up cycles (DOMAIN.md §5, §7): each runs under one plan, covers a reporting period and carries
-- the factor that turns its figures into yearly figures. The factor is the committee's decision, stored as an
-- exact fraction (numerator/denominator), not derived from the dates.
-- Sequences start at 1049: EclipseLink takes the value a sequence returns as the LAST id of its block of 50,
-- so the first block is 1000..1049 and generated ids never meet the reference rows (ids below 1000).
CREATE SEQUENCE follow_up_cycle_seq START WITH 1049 INCREMENT BY 50;

CREATE TABLE follow_up_cycle (
    id                        BIGINT      NOT NULL PRIMARY KEY,
    plan_id                   BIGINT      NOT NULL,
    fiscal_year               INTEGER     NOT NULL,
    period_start              DATE        NOT NULL,
    period_end                DATE        NOT NULL,
    normalisation_numerator   INTEGER     NOT NULL DEFAULT 1,
    normalisation_denominator INTEGER     NOT NULL DEFAULT 1,
    -- the date the surveys count members and themes at (JFMDA survey, AMED theme stages); NULL until fixed
    survey_reference_date     DATE,
    status                    VARCHAR(32) NOT NULL,
    version                   INTEGER     NOT NULL DEFAULT 0,
    CONSTRAINT follow_up_cycle_plan_fk FOREIGN KEY (plan_id) REFERENCES basic_plan (id),
    CONSTRAINT follow_up_cycle_plan_year_unique UNIQUE (plan_id, fiscal_year),
    -- Heisei and Reiwa fiscal years only (JapaneseFiscalYear)
    CONSTRAINT follow_up_cycle_fiscal_year_check CHECK (fiscal_year >= 1989),
    CONSTRAINT follow_up_cycle_period_check CHECK (period_end >= period_start),
    CONSTRAINT follow_up_cycle_factor_check CHECK (normalisation_numerator > 0 AND normalisation_denominator > 0),
    CONSTRAINT follow_up_cycle_status_check CHECK (status IN
        ('PLANNED', 'COLLECTING', 'REVIEWING', 'COMMITTEE_REVIEW', 'PUBLISHED'))
);

-- R4 (FY2022): the hubs reported 2021-04-01..2023-03-06 and the committee halved those figures (seed slides 6 and 27).
--   Survey reference date 2023-01-01: not printed for R4; assumed one year before R5's, matching the
--   "January 2023" snapshot that the R5 survey asks about again.
-- R5 (FY2023): the seed does not state the R5 reporting period, so it is the fiscal year (2023-04-01..2024-03-31)
--   with factor 1. Note the gap after R4's period (2023-03-07..2023-03-31); a later migration corrects the dates if the hub
--   report request gave others. Survey reference date 2024-01-01 (seed slides 31 and 50: "2024年1月1日を基準").
-- R4 was last year's report (昨年度報告) and R5 went to the committee's 4th meeting (2024): both are published.
INSERT INTO follow_up_cycle (id, plan_id, fiscal_year, period_start, period_end,
                             normalisation_numerator, normalisation_denominator, survey_reference_date, status) VALUES
 (1, 2, 2022, DATE '2021-04-01', DATE '2023-03-06', 1, 2, DATE '2023-01-01', 'PUBLISHED'),
 (2, 2, 2023, DATE '2023-04-01', DATE '2024-03-31', 1, 1, DATE '2024-01-01', 'PUBLISHED');
