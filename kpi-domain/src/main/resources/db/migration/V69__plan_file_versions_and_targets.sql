-- A plan file's version is kept with its plan: a later version of the file replaces the plan's catalogue only while
-- no cycle follows the plan up (past cycles keep the catalogue they were followed up with). The 2nd plan is version 1
-- of plans/plan-2.json.
ALTER TABLE basic_plan ADD COLUMN file_version INTEGER NOT NULL DEFAULT 1;

-- Targets a plan file sets are adopted with the plan itself: no cycle proposed them. They carry the file's English
-- wording beside the Japanese; targets the committee proposes in a cycle are worded in Japanese only.
ALTER TABLE kpi_target ALTER COLUMN proposed_in_cycle_id DROP NOT NULL;
ALTER TABLE kpi_target ADD COLUMN wording_en VARCHAR(1000);
ALTER TABLE kpi_target ADD CONSTRAINT kpi_target_origin_check
    CHECK (proposed_in_cycle_id IS NOT NULL OR status <> 'PROPOSED');
