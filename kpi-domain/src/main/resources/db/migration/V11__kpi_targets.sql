-- Relative KPI targets (DOMAIN.md §5): a rule over the previous cycle's (normalised) value for one figure of a KPI
-- (KPI, breakdown key, unit), proposed by the committee in a cycle and effective from a later fiscal year, until an
-- optional last year or until withdrawn. The rule kinds are those of jp.go.mhlw.kpi.domain.computation.TargetRule:
-- AT_LEAST_MULTIPLE_OF_PREVIOUS (factor), UP_BY_AT_LEAST_POINTS (points, shares only), HIGHER_THAN_PREVIOUS.
-- Sequences start at 1049: EclipseLink takes the value a sequence returns as the LAST id of its block of 50,
-- so the first block is 1000..1049 and generated ids never meet the reference rows (ids below 1000).
CREATE SEQUENCE kpi_target_seq START WITH 1049 INCREMENT BY 50;

CREATE TABLE kpi_target (
    id                         BIGINT        NOT NULL PRIMARY KEY,
    plan_id                    BIGINT        NOT NULL,
    kpi_id                     BIGINT        NOT NULL,
    breakdown                  VARCHAR(64)   NOT NULL DEFAULT 'TOTAL',
    unit                       VARCHAR(32)   NOT NULL,
    rule_kind                  VARCHAR(40)   NOT NULL,
    factor                     NUMERIC(12,4),
    points                     NUMERIC(12,4),
    proposed_in_cycle_id       BIGINT        NOT NULL,
    effective_from_fiscal_year INTEGER       NOT NULL,
    -- NULL: until withdrawn or the plan ends
    effective_to_fiscal_year   INTEGER,
    status                     VARCHAR(16)   NOT NULL,
    -- the target as the committee worded it
    wording_ja                 VARCHAR(1000) NOT NULL,
    source                     VARCHAR(200)  NOT NULL,
    recorded_by                VARCHAR(255)  NOT NULL,
    recorded_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    version                    INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT kpi_target_plan_fk FOREIGN KEY (plan_id) REFERENCES basic_plan (id),
    CONSTRAINT kpi_target_kpi_fk FOREIGN KEY (kpi_id) REFERENCES kpi (id),
    CONSTRAINT kpi_target_cycle_fk FOREIGN KEY (proposed_in_cycle_id) REFERENCES follow_up_cycle (id),
    CONSTRAINT kpi_target_unit_check CHECK (unit IN
        ('COUNT', 'TIMES', 'PERCENT', 'PERCENTAGE_POINTS', 'THOUSAND_YEN', 'AVERAGE')),
    CONSTRAINT kpi_target_rule_check CHECK (
        (rule_kind = 'AT_LEAST_MULTIPLE_OF_PREVIOUS' AND factor IS NOT NULL AND factor > 0 AND points IS NULL)
        OR (rule_kind = 'UP_BY_AT_LEAST_POINTS' AND points IS NOT NULL AND factor IS NULL AND unit = 'PERCENT')
        OR (rule_kind = 'HIGHER_THAN_PREVIOUS' AND factor IS NULL AND points IS NULL)),
    CONSTRAINT kpi_target_status_check CHECK (status IN ('PROPOSED', 'ADOPTED', 'WITHDRAWN')),
    CONSTRAINT kpi_target_period_check CHECK (effective_from_fiscal_year >= 1989
        AND (effective_to_fiscal_year IS NULL OR effective_to_fiscal_year >= effective_from_fiscal_year))
);

CREATE INDEX kpi_target_kpi ON kpi_target (kpi_id);

-- Targets the seed material proposes (資料3-1, 4th meeting, 2024), recorded as PROPOSED in R5 (cycle 2) and effective
-- from FY2024 (R6). The committee words them as candidates "if KPIs are discussed together with the 3rd plan"
-- (今後、第三期基本計画を検討していく際に、同時にKPIを検討するのであれば…考えられる); they stay proposals until
-- adopted. They are stored under the 2nd plan, the only catalogue there is. Only proposals that name a figure of an
-- existing KPI and a rule are seeded. Not seeded: ventures and other-industry entrants (p.33 proposes the NUMBER of
-- member companies, 会員数の増加, which the 2nd plan's catalogue does not measure: it measures shares), the
-- joint-research alternatives of p.39 (basic/product development OR clinical, depending on the hubs' role, not
-- decided), the stage-up and launch "degree of achievement" of p.48 (no rule given), and p.52's overseas items.
INSERT INTO kpi_target (id, plan_id, kpi_id, breakdown, unit, rule_kind, factor, points, proposed_in_cycle_id,
                        effective_from_fiscal_year, effective_to_fiscal_year, status, wording_ja, source,
                        recorded_by, recorded_at)
SELECT t.id, 2, k.id, t.breakdown, t.unit, t.rule_kind, t.factor, CAST(NULL AS NUMERIC(12,4)), 2, 2024,
       CAST(NULL AS INTEGER), 'PROPOSED', t.wording_ja, t.source, 'migration V11 (seed material 資料3-1)',
       CURRENT_TIMESTAMP
FROM (VALUES
 -- p.29 (人材育成研修): AI and coordinator training, "受入実績を前年度の1.2倍など"
 (1, 'G1-TRAINING-PARTICIPANTS', 'AI', 'COUNT', 'AT_LEAST_MULTIPLE_OF_PREVIOUS', CAST(1.2 AS NUMERIC(12,4)),
  'SaMD・AI医療機器を開発において諸外国と競争していくという視点からは、AI人材育成、コーディネート人材育成の増加をKPIに設定することも考えられる（例えば、受入実績を前年度の1.2倍など：ただし受入実績には限界もあるだろう）',
  '資料3-1 p.29'),
 (2, 'G1-TRAINING-PARTICIPANTS', 'COORDINATORS', 'COUNT', 'AT_LEAST_MULTIPLE_OF_PREVIOUS', CAST(1.2 AS NUMERIC(12,4)),
  'AI人材育成、コーディネート人材育成の増加をKPIに設定することも考えられる（例えば、受入実績を前年度の1.2倍など）／医療機器全体として、産業界への導出が懸念されると考えるのであれば企業人材、コーディネート人材の増加をKPIに設定することも考えられる（例えば、受入実績を前年度の1.2倍など）',
  '資料3-1 p.29'),
 -- p.29: industry training
 (3, 'G1-TRAINING-PARTICIPANTS', 'INDUSTRY', 'COUNT', 'AT_LEAST_MULTIPLE_OF_PREVIOUS', CAST(1.2 AS NUMERIC(12,4)),
  '医療機器全体として、産業界への導出が懸念されると考えるのであれば企業人材、コーディネート人材の増加をKPIに設定することも考えられる（例えば、受入実績を前年度の1.2倍など：ただし受入実績には限界もあるだろう）',
  '資料3-1 p.29'),
 -- p.29: healthcare professionals are increasing already, so the quality of training (satisfaction) going up
 (4, 'G1-TRAINING-SATISFACTION', 'HEALTHCARE_PROFESSIONALS', 'PERCENT', 'HIGHER_THAN_PREVIOUS', CAST(NULL AS NUMERIC(12,4)),
  '医療機器がニーズドリブンの開発であることに着目すると、医療従事者の増加をKPIに設定することも考えられるが、人数は増加傾向にあるため、研修の質をKPIに設定することも考えられる（例えば、満足度、知識習得、意識変化の増加）',
  '資料3-1 p.29'),
 -- p.39 (共同研究): international joint-trial infrastructure, 0 in R4 and R5
 (5, 'G3-INTERNATIONAL-TRIAL-INFRASTRUCTURE', 'TOTAL', 'COUNT', 'HIGHER_THAN_PREVIOUS', CAST(NULL AS NUMERIC(12,4)),
  '「国際共同治験の基盤構築（海外の臨床研究・治験ネットワークの構築）の件数」の増加をKPIに設定することも考えられる（現時点のAMED拠点事業の実施項目には必ずしも含まれていない）',
  '資料3-1 p.39'),
 -- p.48 (重点分野): themes adopted in focus area 5
 (6, 'G6-ADOPTED-THEMES', 'FA5', 'COUNT', 'HIGHER_THAN_PREVIOUS', CAST(NULL AS NUMERIC(12,4)),
  '基本計画においては重点分野５「医療従事者の業務の効率化・負担軽減に資する医療機器」が重要な取り組みとなるため、重点分野５の採択件数（また平均助成額）の増加をKPIに設定することも考えられる',
  '資料3-1 p.48')
) AS t (id, kpi_code, breakdown, unit, rule_kind, factor, wording_ja, source)
JOIN kpi k ON k.code = t.kpi_code AND k.plan_id = 2;
