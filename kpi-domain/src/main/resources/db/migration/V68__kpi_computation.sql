-- Each KPI's computation, as its plan file names it (docs/plan-file.md, decision 0031): the follow-up's aggregation
-- reads what to compute for a KPI from here, not from the KPI's code. `computation` is the computation's name in the
-- plan file ('training-sum'; 'typed-in': nothing computed, the body that reports the KPI types its figure in);
-- `computation_parameters` its parameters as a JSON object in the order the computation documents them ('{}': none).
-- The 2nd plan's KPIs are filled exactly as plans/plan-2.json names them (Plan2StoredComputationsTest checks it).
ALTER TABLE kpi ADD COLUMN computation VARCHAR(40) DEFAULT 'typed-in' NOT NULL;
ALTER TABLE kpi ADD COLUMN computation_parameters VARCHAR(1000) DEFAULT '{}' NOT NULL;

UPDATE kpi SET computation = 'training-sum', computation_parameters = '{"measure":"PARTICIPANTS","compare":"RATIO_TO_PREVIOUS"}'
 WHERE plan_id = 2 AND code = 'G1-TRAINING-PARTICIPANTS';
UPDATE kpi SET computation = 'training-sum', computation_parameters = '{"measure":"COURSES","compare":"NONE"}'
 WHERE plan_id = 2 AND code = 'G1-TRAINING-COURSES';
UPDATE kpi SET computation = 'training-hub-count', computation_parameters = '{}'
 WHERE plan_id = 2 AND code = 'G1-TRAINING-HUBS';
UPDATE kpi SET computation = 'training-average-per-course', computation_parameters = '{}'
 WHERE plan_id = 2 AND code = 'G1-PARTICIPANTS-PER-COURSE';
UPDATE kpi SET computation = 'survey-share', computation_parameters = '{"of":"VENTURES"}'
 WHERE plan_id = 2 AND code = 'G2-VENTURE-SHARE';
UPDATE kpi SET computation = 'survey-share', computation_parameters = '{"of":"OTHER_INDUSTRY_ENTRANTS"}'
 WHERE plan_id = 2 AND code = 'G2-OTHER-INDUSTRY-SHARE';
UPDATE kpi SET computation = 'joint-research-sum', computation_parameters = '{}'
 WHERE plan_id = 2 AND code = 'G3-JOINT-RESEARCH';
UPDATE kpi SET computation = 'joint-research-average-amount', computation_parameters = '{}'
 WHERE plan_id = 2 AND code = 'G3-JOINT-RESEARCH-AVERAGE-AMOUNT';
UPDATE kpi SET computation = 'hub-sum', computation_parameters = '{"of":"COOPERATION"}'
 WHERE plan_id = 2 AND code = 'G3-HUB-COOPERATION';
UPDATE kpi SET computation = 'hub-average-per-reporting-hub', computation_parameters = '{"of":"COOPERATION"}'
 WHERE plan_id = 2 AND code = 'G3-HUB-COOPERATION-PER-HUB';
UPDATE kpi SET computation = 'hub-sum', computation_parameters = '{"of":"INTERNATIONAL_TRIAL_INFRASTRUCTURE"}'
 WHERE plan_id = 2 AND code = 'G3-INTERNATIONAL-TRIAL-INFRASTRUCTURE';
UPDATE kpi SET computation = 'platform-share', computation_parameters = '{}'
 WHERE plan_id = 2 AND code = 'G3-PLATFORM-MEMBERSHIP';
UPDATE kpi SET computation = 'theme-count', computation_parameters = '{"themes":"ALL"}'
 WHERE plan_id = 2 AND code = 'G6-ADOPTED-THEMES';
UPDATE kpi SET computation = 'theme-average-grant', computation_parameters = '{"themes":"ALL"}'
 WHERE plan_id = 2 AND code = 'G6-AVERAGE-GRANT';
UPDATE kpi SET computation = 'theme-stage-up-rate', computation_parameters = '{"themes":"ALL"}'
 WHERE plan_id = 2 AND code = 'G6-STAGE-UP-RATIO';
UPDATE kpi SET computation = 'theme-launch-rate', computation_parameters = '{"themes":"ALL"}'
 WHERE plan_id = 2 AND code = 'G6-LAUNCH-RATIO';
UPDATE kpi SET computation = 'theme-count', computation_parameters = '{"themes":"MATURE"}'
 WHERE plan_id = 2 AND code = 'G6-MATURE-THEMES';
UPDATE kpi SET computation = 'theme-average-grant', computation_parameters = '{"themes":"MATURE"}'
 WHERE plan_id = 2 AND code = 'G6-MATURE-AVERAGE-GRANT';
UPDATE kpi SET computation = 'theme-stage-up-rate', computation_parameters = '{"themes":"MATURE"}'
 WHERE plan_id = 2 AND code = 'G6-MATURE-STAGE-UP-RATIO';
UPDATE kpi SET computation = 'theme-launch-rate', computation_parameters = '{"themes":"MATURE"}'
 WHERE plan_id = 2 AND code = 'G6-MATURE-LAUNCH-RATIO';
UPDATE kpi SET computation = 'overseas-activity-share', computation_parameters = '{}'
 WHERE plan_id = 2 AND code = 'G7-INTERNATIONAL-ACTIVITY-SHARE';
UPDATE kpi SET computation = 'overseas-base-share', computation_parameters = '{}'
 WHERE plan_id = 2 AND code = 'G7-OVERSEAS-BASE-SHARE';
UPDATE kpi SET computation = 'ministry-figure', computation_parameters = '{"figure":"DEVICE_LAG"}'
 WHERE plan_id = 2 AND code = 'G8-DEVICE-LAG';
UPDATE kpi SET computation = 'ministry-figure', computation_parameters = '{"figure":"DEVELOPMENT_LAG"}'
 WHERE plan_id = 2 AND code = 'G8-DEVELOPMENT-LAG';
UPDATE kpi SET computation = 'ministry-figure', computation_parameters = '{"figure":"REVIEW_LAG"}'
 WHERE plan_id = 2 AND code = 'G8-REVIEW-LAG';
UPDATE kpi SET computation = 'ministry-figure', computation_parameters = '{"figure":"NEW_DEVICE_APPROVALS"}'
 WHERE plan_id = 2 AND code = 'G8-NEW-DEVICE-APPROVALS';
UPDATE kpi SET computation = 'ministry-figure', computation_parameters = '{"figure":"SAMD_CONSULTATIONS"}'
 WHERE plan_id = 2 AND code = 'G8-SAMD-CONSULTATIONS';
UPDATE kpi SET computation = 'ministry-figure', computation_parameters = '{"figure":"IDATEN_CONFIRMATIONS"}'
 WHERE plan_id = 2 AND code = 'G8-IDATEN-CONFIRMATIONS';
UPDATE kpi SET computation = 'ministry-figure', computation_parameters = '{"figure":"HIGHLY_NOVEL_LISTINGS"}'
 WHERE plan_id = 2 AND code = 'G9-NOVEL-ITEM-LISTINGS';
UPDATE kpi SET computation = 'ministry-figure', computation_parameters = '{"figure":"REFERENCE_COUNTRIES"}'
 WHERE plan_id = 2 AND code = 'G10-REFERENCE-COUNTRIES';

-- The computations the application knows (domain.model.catalogue.Computation): a new one is code, and this list.
ALTER TABLE kpi ADD CONSTRAINT kpi_computation_check CHECK (computation IN ('typed-in', 'training-sum',
    'training-hub-count', 'training-average-per-course', 'survey-share', 'joint-research-sum',
    'joint-research-average-amount', 'hub-sum', 'hub-average-per-reporting-hub', 'platform-share', 'theme-count',
    'theme-average-grant', 'theme-stage-up-rate', 'theme-launch-rate', 'overseas-activity-share',
    'overseas-base-share', 'ministry-figure'));
