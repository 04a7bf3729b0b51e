-- The KPI catalogue, versioned per Basic Plan: plan → visions → goals → KPIs (DOMAIN.md §1-§2).
-- KPI definitions change between plans, so a new plan is new rows, never new code or columns.

-- Sequences start at 1049: EclipseLink takes the value a sequence returns as the LAST id of its block of 50,
-- so the first block is 1000..1049 and generated ids never meet the reference rows (ids below 1000).
CREATE SEQUENCE basic_plan_seq START WITH 1049 INCREMENT BY 50;
CREATE SEQUENCE plan_vision_seq START WITH 1049 INCREMENT BY 50;
CREATE SEQUENCE plan_goal_seq START WITH 1049 INCREMENT BY 50;
CREATE SEQUENCE kpi_seq START WITH 1049 INCREMENT BY 50;

CREATE TABLE basic_plan (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    code                  VARCHAR(32)  NOT NULL,
    name_ja               VARCHAR(200) NOT NULL,
    name_en               VARCHAR(200) NOT NULL,
    cabinet_decision_date DATE         NOT NULL,
    valid_from            DATE         NOT NULL,
    valid_to              DATE,
    version               INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT basic_plan_code_unique UNIQUE (code),
    -- open-ended (NULL) until the next plan is decided
    CONSTRAINT basic_plan_validity_check CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

CREATE TABLE plan_vision (
    id      BIGINT        NOT NULL PRIMARY KEY,
    plan_id BIGINT        NOT NULL,
    code    VARCHAR(8)    NOT NULL,
    name_ja VARCHAR(200)  NOT NULL,
    name_en VARCHAR(200)  NOT NULL,
    version INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT plan_vision_plan_fk FOREIGN KEY (plan_id) REFERENCES basic_plan (id),
    CONSTRAINT plan_vision_code_unique UNIQUE (plan_id, code),
    -- lets goals refer to (vision, plan) together, so a goal cannot sit under another plan's vision
    CONSTRAINT plan_vision_id_plan_unique UNIQUE (id, plan_id)
);

CREATE TABLE plan_goal (
    id          BIGINT       NOT NULL PRIMARY KEY,
    plan_id     BIGINT       NOT NULL,
    vision_id   BIGINT       NOT NULL,
    goal_number INTEGER      NOT NULL,
    name_ja     VARCHAR(300) NOT NULL,
    name_en     VARCHAR(300) NOT NULL,
    version     INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT plan_goal_vision_fk FOREIGN KEY (vision_id, plan_id) REFERENCES plan_vision (id, plan_id),
    -- goals are numbered across the whole plan (①..⑪ in the 2nd plan); circled numbers exist up to ⑳
    CONSTRAINT plan_goal_number_unique UNIQUE (plan_id, goal_number),
    CONSTRAINT plan_goal_number_check CHECK (goal_number BETWEEN 1 AND 20),
    CONSTRAINT plan_goal_id_plan_unique UNIQUE (id, plan_id)
);

CREATE TABLE kpi (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    plan_id                BIGINT        NOT NULL,
    goal_id                BIGINT        NOT NULL,
    code                   VARCHAR(64)   NOT NULL,
    display_order          INTEGER       NOT NULL,
    kind                   VARCHAR(32)   NOT NULL,
    -- unit as printed next to the figure (件, 名, %, 千円, 年); none for a narrative follow-up item
    unit_ja                VARCHAR(32),
    unit_en                VARCHAR(32),
    name_ja                VARCHAR(300)  NOT NULL,
    name_en                VARCHAR(300)  NOT NULL,
    definition_ja          VARCHAR(4000) NOT NULL,
    definition_en          VARCHAR(4000) NOT NULL,
    -- who reports it (実施主体): every organisation of a kind (e.g. each hub) or one organisation (e.g. AMED)
    implementing_body_kind VARCHAR(32),
    implementing_body_id   BIGINT,
    -- how the published figures are broken down (training category, stage, focus area...); NULL: one figure
    breakdown              VARCHAR(40),
    -- whether figures are multiplied by the cycle's normalisation factor: counts of what happened during the
    -- reporting period (participants, courses, cases) are; shares, averages and states at a date are not
    normalised_by_period   BOOLEAN       NOT NULL DEFAULT FALSE,
    version                INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT kpi_goal_fk FOREIGN KEY (goal_id, plan_id) REFERENCES plan_goal (id, plan_id),
    CONSTRAINT kpi_implementing_body_fk FOREIGN KEY (implementing_body_id) REFERENCES organisation (id),
    CONSTRAINT kpi_code_unique UNIQUE (plan_id, code),
    CONSTRAINT kpi_kind_check CHECK (kind IN ('COUNT', 'SHARE', 'AMOUNT_THOUSAND_YEN', 'RATIO', 'YEARS', 'NARRATIVE')),
    CONSTRAINT kpi_unit_check CHECK (kind = 'NARRATIVE' OR (unit_ja IS NOT NULL AND unit_en IS NOT NULL)),
    CONSTRAINT kpi_implementing_body_check CHECK (
        (implementing_body_kind IS NOT NULL AND implementing_body_id IS NULL)
        OR (implementing_body_kind IS NULL AND implementing_body_id IS NOT NULL)),
    CONSTRAINT kpi_implementing_body_kind_check CHECK (implementing_body_kind IS NULL OR implementing_body_kind IN (
        'HUB', 'AMED', 'MINISTRY_DIVISION', 'SURVEY_BODY', 'MANUFACTURER', 'INDUSTRY_ASSOCIATION', 'COMMITTEE')),
    CONSTRAINT kpi_breakdown_check CHECK (breakdown IS NULL OR breakdown IN ('TRAINING_CATEGORY', 'RESEARCH_STAGE',
        'FOCUS_AREA_OR_STAGE_AT_ADOPTION', 'PLATFORM', 'OVERSEAS_ACTIVITY', 'OVERSEAS_BASE'))
);

CREATE INDEX kpi_goal ON kpi (goal_id);
