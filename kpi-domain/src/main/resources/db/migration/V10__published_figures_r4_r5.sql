-- The R4 and R5 figures as the committee printed them in the seed material (資料3-1 of the 4th meeting, 2024;
-- page numbers as in the extract, the summary slide in parentheses), for the plan-2 KPIs of V5__catalogue_plan2.sql.
-- Only what the material prints: the printed text is kept exactly (full-width ％ included), with its decimal value
-- and printed decimals. Known errors are kept as printed; the application's reconciliation lists them
-- (DOMAIN.md §5). Not entered: the hubs running training courses per category (the extract does not say which of
-- its two series is R4), the joint-research average amounts per stage (not assignable from the extract), the
-- satisfaction distribution (no share is printed), and the ministries' progress figures of goals 8-11.
-- Cycles: 1 = R4 (FY2022), 2 = R5 (FY2023), from V6__follow_up_cycle.sql. Ids below 1000 (the sequence starts at 1049).

-- ① Training participants per category (資料3-1 p.27 = summary p.6, 前年度比較). R4 is printed ALREADY HALVED:
-- "昨年度報告では令和3年4月1日～令和5年3月6日の実績であったため…R4については1/2へ補正処理を実施", so printed_normalised
-- is TRUE and adopting it as history does not halve it again. R5 from the table on p.25 (category 6 too).
INSERT INTO published_figure (id, cycle_id, kpi_id, breakdown, unit, printed_text, printed_value, printed_decimals,
                              printed_normalised, source, note, entered_by, entered_at)
SELECT f.id, f.cycle_id, k.id, f.breakdown, f.unit, f.printed_text, f.printed_value, f.printed_decimals,
       f.printed_normalised, f.source, f.note, 'migration V10 (seed material 資料3-1)', CURRENT_TIMESTAMP
FROM (VALUES
 (1, 1, 'G1-TRAINING-PARTICIPANTS', 'HEALTHCARE_PROFESSIONALS', 'COUNT', '594', 594, 0, TRUE, '資料3-1 p.27 (p.6)', CAST('R4の実績は1/2へ補正済み（報告期間 令和3年4月1日～令和5年3月6日） / printed already ×1/2 (R4 covered 2021-04-01..2023-03-06)' AS VARCHAR(1000))),
 (2, 1, 'G1-TRAINING-PARTICIPANTS', 'INDUSTRY', 'COUNT', '734', 734, 0, TRUE, '資料3-1 p.27 (p.6)', CAST('R4の実績は1/2へ補正済み（報告期間 令和3年4月1日～令和5年3月6日） / printed already ×1/2 (R4 covered 2021-04-01..2023-03-06)' AS VARCHAR(1000))),
 (3, 1, 'G1-TRAINING-PARTICIPANTS', 'ACADEMIA', 'COUNT', '629', 629, 0, TRUE, '資料3-1 p.27 (p.6)', CAST('R4の実績は1/2へ補正済み（報告期間 令和3年4月1日～令和5年3月6日） / printed already ×1/2 (R4 covered 2021-04-01..2023-03-06)' AS VARCHAR(1000))),
 (4, 1, 'G1-TRAINING-PARTICIPANTS', 'COORDINATORS', 'COUNT', '366', 366, 0, TRUE, '資料3-1 p.27 (p.6)', CAST('R4の実績は1/2へ補正済み（報告期間 令和3年4月1日～令和5年3月6日） / printed already ×1/2 (R4 covered 2021-04-01..2023-03-06)' AS VARCHAR(1000))),
 (5, 1, 'G1-TRAINING-PARTICIPANTS', 'AI', 'COUNT', '414', 414, 0, TRUE, '資料3-1 p.27 (p.6)', CAST('R4の実績は1/2へ補正済み（報告期間 令和3年4月1日～令和5年3月6日） / printed already ×1/2 (R4 covered 2021-04-01..2023-03-06)' AS VARCHAR(1000))),
 (6, 1, 'G1-TRAINING-PARTICIPANTS', 'OTHER', 'COUNT', '262', 262, 0, TRUE, '資料3-1 p.27 (p.6)', CAST('R4の実績は1/2へ補正済み（報告期間 令和3年4月1日～令和5年3月6日） / printed already ×1/2 (R4 covered 2021-04-01..2023-03-06)' AS VARCHAR(1000))),
 (7, 2, 'G1-TRAINING-PARTICIPANTS', 'HEALTHCARE_PROFESSIONALS', 'COUNT', '770名', 770, 0, FALSE, '資料3-1 p.25', CAST(NULL AS VARCHAR(1000))),
 (8, 2, 'G1-TRAINING-PARTICIPANTS', 'INDUSTRY', 'COUNT', '653名', 653, 0, FALSE, '資料3-1 p.25', CAST(NULL AS VARCHAR(1000))),
 (9, 2, 'G1-TRAINING-PARTICIPANTS', 'ACADEMIA', 'COUNT', '724名', 724, 0, FALSE, '資料3-1 p.25', CAST(NULL AS VARCHAR(1000))),
 (10, 2, 'G1-TRAINING-PARTICIPANTS', 'COORDINATORS', 'COUNT', '208名', 208, 0, FALSE, '資料3-1 p.25', CAST(NULL AS VARCHAR(1000))),
 (11, 2, 'G1-TRAINING-PARTICIPANTS', 'AI', 'COUNT', '428名', 428, 0, FALSE, '資料3-1 p.25', CAST(NULL AS VARCHAR(1000))),
 (12, 2, 'G1-TRAINING-PARTICIPANTS', 'OTHER', 'COUNT', '29名', 29, 0, FALSE, '資料3-1 p.25', CAST(NULL AS VARCHAR(1000)))
) AS f (id, cycle_id, kpi_code, breakdown, unit, printed_text, printed_value, printed_decimals, printed_normalised, source, note)
JOIN kpi k ON k.code = f.kpi_code AND k.plan_id = 2;

-- ① Year-over-year ratio of participants, R5 against the halved R4 (資料3-1 p.27 = p.6): categories 1-5;
-- category 6 is not printed.
INSERT INTO published_figure (id, cycle_id, kpi_id, breakdown, unit, printed_text, printed_value, printed_decimals,
                              printed_normalised, source, note, entered_by, entered_at)
SELECT f.id, f.cycle_id, k.id, f.breakdown, f.unit, f.printed_text, f.printed_value, f.printed_decimals,
       f.printed_normalised, f.source, f.note, 'migration V10 (seed material 資料3-1)', CURRENT_TIMESTAMP
FROM (VALUES
 (13, 2, 'G1-TRAINING-PARTICIPANTS', 'HEALTHCARE_PROFESSIONALS', 'TIMES', '1.3倍', 1.3, 1, FALSE, '資料3-1 p.27 (p.6)', CAST('受入実績 R5 ÷ R4（1/2補正後） / R5 participants ÷ halved R4' AS VARCHAR(1000))),
 (14, 2, 'G1-TRAINING-PARTICIPANTS', 'INDUSTRY', 'TIMES', '0.9倍', 0.9, 1, FALSE, '資料3-1 p.27 (p.6)', CAST('受入実績 R5 ÷ R4（1/2補正後） / R5 participants ÷ halved R4' AS VARCHAR(1000))),
 (15, 2, 'G1-TRAINING-PARTICIPANTS', 'ACADEMIA', 'TIMES', '1.2倍', 1.2, 1, FALSE, '資料3-1 p.27 (p.6)', CAST('受入実績 R5 ÷ R4（1/2補正後） / R5 participants ÷ halved R4' AS VARCHAR(1000))),
 (16, 2, 'G1-TRAINING-PARTICIPANTS', 'COORDINATORS', 'TIMES', '0.6倍', 0.6, 1, FALSE, '資料3-1 p.27 (p.6)', CAST('受入実績 R5 ÷ R4（1/2補正後） / R5 participants ÷ halved R4' AS VARCHAR(1000))),
 (17, 2, 'G1-TRAINING-PARTICIPANTS', 'AI', 'TIMES', '1.0倍', 1.0, 1, FALSE, '資料3-1 p.27 (p.6)', CAST('受入実績 R5 ÷ R4（1/2補正後） / R5 participants ÷ halved R4' AS VARCHAR(1000)))
) AS f (id, cycle_id, kpi_code, breakdown, unit, printed_text, printed_value, printed_decimals, printed_normalised, source, note)
JOIN kpi k ON k.code = f.kpi_code AND k.plan_id = 2;

-- ① R5 courses and participants per course per category (資料3-1 p.25, 各拠点における人材育成研修の実績等).
-- Category 2 prints 37 participants per course, but 653 / 17 = 38.4 (DOMAIN.md §5): entered as printed.
INSERT INTO published_figure (id, cycle_id, kpi_id, breakdown, unit, printed_text, printed_value, printed_decimals,
                              printed_normalised, source, note, entered_by, entered_at)
SELECT f.id, f.cycle_id, k.id, f.breakdown, f.unit, f.printed_text, f.printed_value, f.printed_decimals,
       f.printed_normalised, f.source, f.note, 'migration V10 (seed material 資料3-1)', CURRENT_TIMESTAMP
FROM (VALUES
 (18, 2, 'G1-TRAINING-COURSES', 'HEALTHCARE_PROFESSIONALS', 'COUNT', '13コース', 13, 0, FALSE, '資料3-1 p.25', CAST(NULL AS VARCHAR(1000))),
 (19, 2, 'G1-TRAINING-COURSES', 'INDUSTRY', 'COUNT', '17コース', 17, 0, FALSE, '資料3-1 p.25', CAST(NULL AS VARCHAR(1000))),
 (20, 2, 'G1-TRAINING-COURSES', 'ACADEMIA', 'COUNT', '12コース', 12, 0, FALSE, '資料3-1 p.25', CAST(NULL AS VARCHAR(1000))),
 (21, 2, 'G1-TRAINING-COURSES', 'COORDINATORS', 'COUNT', '10コース', 10, 0, FALSE, '資料3-1 p.25', CAST(NULL AS VARCHAR(1000))),
 (22, 2, 'G1-TRAINING-COURSES', 'AI', 'COUNT', '6コース', 6, 0, FALSE, '資料3-1 p.25', CAST(NULL AS VARCHAR(1000))),
 (23, 2, 'G1-TRAINING-COURSES', 'OTHER', 'COUNT', '2コース', 2, 0, FALSE, '資料3-1 p.25', CAST(NULL AS VARCHAR(1000))),
 (24, 2, 'G1-PARTICIPANTS-PER-COURSE', 'HEALTHCARE_PROFESSIONALS', 'AVERAGE', '59名', 59, 0, FALSE, '資料3-1 p.25', CAST(NULL AS VARCHAR(1000))),
 (25, 2, 'G1-PARTICIPANTS-PER-COURSE', 'INDUSTRY', 'AVERAGE', '37名', 37, 0, FALSE, '資料3-1 p.25', CAST(NULL AS VARCHAR(1000))),
 (26, 2, 'G1-PARTICIPANTS-PER-COURSE', 'ACADEMIA', 'AVERAGE', '60名', 60, 0, FALSE, '資料3-1 p.25', CAST(NULL AS VARCHAR(1000))),
 (27, 2, 'G1-PARTICIPANTS-PER-COURSE', 'COORDINATORS', 'AVERAGE', '21名', 21, 0, FALSE, '資料3-1 p.25', CAST(NULL AS VARCHAR(1000))),
 (28, 2, 'G1-PARTICIPANTS-PER-COURSE', 'AI', 'AVERAGE', '71名', 71, 0, FALSE, '資料3-1 p.25', CAST(NULL AS VARCHAR(1000))),
 (29, 2, 'G1-PARTICIPANTS-PER-COURSE', 'OTHER', 'AVERAGE', '15名', 15, 0, FALSE, '資料3-1 p.25', CAST(NULL AS VARCHAR(1000)))
) AS f (id, cycle_id, kpi_code, breakdown, unit, printed_text, printed_value, printed_decimals, printed_normalised, source, note)
JOIN kpi k ON k.code = f.kpi_code AND k.plan_id = 2;

-- ② Ventures and other-industry entrants among the domestic-capital respondents of the JFMDA member survey
-- (資料3-1 p.32 = p.9): ventures 7 of 93 → 17 of 128 (+5.8 points), other-industry 3 of 86 → 6 of 111 (+1.9 points;
-- the denominator excludes the ventures). 158 responses in R5 (105 in R4), 128 domestic-capital (93).
INSERT INTO published_figure (id, cycle_id, kpi_id, breakdown, unit, printed_text, printed_value, printed_decimals,
                              printed_normalised, source, note, entered_by, entered_at)
SELECT f.id, f.cycle_id, k.id, f.breakdown, f.unit, f.printed_text, f.printed_value, f.printed_decimals,
       f.printed_normalised, f.source, f.note, 'migration V10 (seed material 資料3-1)', CURRENT_TIMESTAMP
FROM (VALUES
 (30, 1, 'G2-VENTURE-SHARE', 'TOTAL', 'PERCENT', '7.5%', 7.5, 1, FALSE, '資料3-1 p.32 (p.9)', CAST('ベンチャー企業7件／内資系回答93件 / 7 ventures of 93 domestic-capital respondents' AS VARCHAR(1000))),
 (31, 2, 'G2-VENTURE-SHARE', 'TOTAL', 'PERCENT', '13.3%', 13.3, 1, FALSE, '資料3-1 p.32 (p.9)', CAST('ベンチャー企業17件／内資系回答128件 / 17 ventures of 128 domestic-capital respondents' AS VARCHAR(1000))),
 (32, 2, 'G2-VENTURE-SHARE', 'TOTAL', 'PERCENTAGE_POINTS', '5.8ポイント上昇', 5.8, 1, FALSE, '資料3-1 p.32 (p.9)', CAST('R4 7.5% → R5 13.3%' AS VARCHAR(1000))),
 (33, 1, 'G2-OTHER-INDUSTRY-SHARE', 'TOTAL', 'PERCENT', '3.5%', 3.5, 1, FALSE, '資料3-1 p.32 (p.9)', CAST('異業種企業3件／回答86件（ベンチャーを除く） / 3 entrants of 86 non-venture respondents' AS VARCHAR(1000))),
 (34, 2, 'G2-OTHER-INDUSTRY-SHARE', 'TOTAL', 'PERCENT', '5.4%', 5.4, 1, FALSE, '資料3-1 p.32 (p.9)', CAST('異業種企業6件／回答111件（ベンチャーを除く） / 6 entrants of 111 non-venture respondents' AS VARCHAR(1000))),
 (35, 2, 'G2-OTHER-INDUSTRY-SHARE', 'TOTAL', 'PERCENTAGE_POINTS', '1.9ポイント上昇', 1.9, 1, FALSE, '資料3-1 p.32 (p.9)', CAST('R4 3.5% → R5 5.4%' AS VARCHAR(1000)))
) AS f (id, cycle_id, kpi_code, breakdown, unit, printed_text, printed_value, printed_decimals, printed_normalised, source, note)
JOIN kpi k ON k.code = f.kpi_code AND k.plan_id = 2;

-- ③ Joint research with companies at the hubs, by stage (資料3-1 p.37 = p.11, chart labels). The extract lists
-- 37 44 / 13 18 / 76 84 / 25 41 under 基礎研究, 応用研究（製品開発）, 検証（非臨床）, 検証（治験、臨床研究）: read as
-- R4/R5 pairs in that order (DOMAIN.md §5: "order as read from the chart; verify"). R4 is taken as printed after
-- the ×1/2 correction (p.27: "以後、同様の補正処理を実施済み"). The average amounts per case on the same chart
-- cannot be assigned to stages from the extract and are not entered.
INSERT INTO published_figure (id, cycle_id, kpi_id, breakdown, unit, printed_text, printed_value, printed_decimals,
                              printed_normalised, source, note, entered_by, entered_at)
SELECT f.id, f.cycle_id, k.id, f.breakdown, f.unit, f.printed_text, f.printed_value, f.printed_decimals,
       f.printed_normalised, f.source, f.note, 'migration V10 (seed material 資料3-1)', CURRENT_TIMESTAMP
FROM (VALUES
 (36, 1, 'G3-JOINT-RESEARCH', 'BASIC', 'COUNT', '37', 37, 0, TRUE, '資料3-1 p.37 (p.11)', CAST('グラフのラベル順（基礎・応用・非臨床・臨床）で読み取り。PDFで要確認 / order as read from the scrambled chart; verify against the PDF; R4の実績は1/2へ補正済み（報告期間 令和3年4月1日～令和5年3月6日） / printed already ×1/2 (R4 covered 2021-04-01..2023-03-06)' AS VARCHAR(1000))),
 (37, 2, 'G3-JOINT-RESEARCH', 'BASIC', 'COUNT', '44', 44, 0, FALSE, '資料3-1 p.37 (p.11)', CAST('グラフのラベル順（基礎・応用・非臨床・臨床）で読み取り。PDFで要確認 / order as read from the scrambled chart; verify against the PDF' AS VARCHAR(1000))),
 (38, 1, 'G3-JOINT-RESEARCH', 'PRODUCT_DEVELOPMENT', 'COUNT', '13', 13, 0, TRUE, '資料3-1 p.37 (p.11)', CAST('グラフのラベル順（基礎・応用・非臨床・臨床）で読み取り。PDFで要確認 / order as read from the scrambled chart; verify against the PDF; R4の実績は1/2へ補正済み（報告期間 令和3年4月1日～令和5年3月6日） / printed already ×1/2 (R4 covered 2021-04-01..2023-03-06)' AS VARCHAR(1000))),
 (39, 2, 'G3-JOINT-RESEARCH', 'PRODUCT_DEVELOPMENT', 'COUNT', '18', 18, 0, FALSE, '資料3-1 p.37 (p.11)', CAST('グラフのラベル順（基礎・応用・非臨床・臨床）で読み取り。PDFで要確認 / order as read from the scrambled chart; verify against the PDF' AS VARCHAR(1000))),
 (40, 1, 'G3-JOINT-RESEARCH', 'NON_CLINICAL', 'COUNT', '76', 76, 0, TRUE, '資料3-1 p.37 (p.11)', CAST('グラフのラベル順（基礎・応用・非臨床・臨床）で読み取り。PDFで要確認 / order as read from the scrambled chart; verify against the PDF; R4の実績は1/2へ補正済み（報告期間 令和3年4月1日～令和5年3月6日） / printed already ×1/2 (R4 covered 2021-04-01..2023-03-06)' AS VARCHAR(1000))),
 (41, 2, 'G3-JOINT-RESEARCH', 'NON_CLINICAL', 'COUNT', '84', 84, 0, FALSE, '資料3-1 p.37 (p.11)', CAST('グラフのラベル順（基礎・応用・非臨床・臨床）で読み取り。PDFで要確認 / order as read from the scrambled chart; verify against the PDF' AS VARCHAR(1000))),
 (42, 1, 'G3-JOINT-RESEARCH', 'CLINICAL', 'COUNT', '25', 25, 0, TRUE, '資料3-1 p.37 (p.11)', CAST('グラフのラベル順（基礎・応用・非臨床・臨床）で読み取り。PDFで要確認 / order as read from the scrambled chart; verify against the PDF; R4の実績は1/2へ補正済み（報告期間 令和3年4月1日～令和5年3月6日） / printed already ×1/2 (R4 covered 2021-04-01..2023-03-06)' AS VARCHAR(1000))),
 (43, 2, 'G3-JOINT-RESEARCH', 'CLINICAL', 'COUNT', '41', 41, 0, FALSE, '資料3-1 p.37 (p.11)', CAST('グラフのラベル順（基礎・応用・非臨床・臨床）で読み取り。PDFで要確認 / order as read from the scrambled chart; verify against the PDF' AS VARCHAR(1000)))
) AS f (id, cycle_id, kpi_code, breakdown, unit, printed_text, printed_value, printed_decimals, printed_normalised, source, note)
JOIN kpi k ON k.code = f.kpi_code AND k.plan_id = 2;

-- ③ Cooperation with other hubs and international trial infrastructure (資料3-1 p.38 = p.12): 70件 (4.4 per hub)
-- this year, 52件 (5.2) last year; international joint-trial infrastructure 0件 both years. R4 taken as printed
-- after the ×1/2 correction (p.27).
INSERT INTO published_figure (id, cycle_id, kpi_id, breakdown, unit, printed_text, printed_value, printed_decimals,
                              printed_normalised, source, note, entered_by, entered_at)
SELECT f.id, f.cycle_id, k.id, f.breakdown, f.unit, f.printed_text, f.printed_value, f.printed_decimals,
       f.printed_normalised, f.source, f.note, 'migration V10 (seed material 資料3-1)', CURRENT_TIMESTAMP
FROM (VALUES
 (44, 1, 'G3-HUB-COOPERATION', 'TOTAL', 'COUNT', '52件', 52, 0, TRUE, '資料3-1 p.38 (p.12)', CAST('R4の実績は1/2へ補正済み（報告期間 令和3年4月1日～令和5年3月6日） / printed already ×1/2 (R4 covered 2021-04-01..2023-03-06)' AS VARCHAR(1000))),
 (45, 2, 'G3-HUB-COOPERATION', 'TOTAL', 'COUNT', '70件', 70, 0, FALSE, '資料3-1 p.38 (p.12)', CAST(NULL AS VARCHAR(1000))),
 (46, 1, 'G3-HUB-COOPERATION-PER-HUB', 'TOTAL', 'AVERAGE', '5.2件', 5.2, 1, FALSE, '資料3-1 p.38 (p.12)', CAST('1拠点の平均連携/協力数' AS VARCHAR(1000))),
 (47, 2, 'G3-HUB-COOPERATION-PER-HUB', 'TOTAL', 'AVERAGE', '4.4件', 4.4, 1, FALSE, '資料3-1 p.38 (p.12)', CAST('1拠点の平均連携/協力数' AS VARCHAR(1000))),
 (48, 1, 'G3-INTERNATIONAL-TRIAL-INFRASTRUCTURE', 'TOTAL', 'COUNT', '0件', 0, 0, TRUE, '資料3-1 p.38 (p.12)', CAST('R4の実績は1/2へ補正済み（報告期間 令和3年4月1日～令和5年3月6日） / printed already ×1/2 (R4 covered 2021-04-01..2023-03-06)' AS VARCHAR(1000))),
 (49, 2, 'G3-INTERNATIONAL-TRIAL-INFRASTRUCTURE', 'TOTAL', 'COUNT', '0件', 0, 0, FALSE, '資料3-1 p.38 (p.12)', CAST(NULL AS VARCHAR(1000)))
) AS f (id, cycle_id, kpi_code, breakdown, unit, printed_text, printed_value, printed_decimals, printed_normalised, source, note)
JOIN kpi k ON k.code = f.kpi_code AND k.plan_id = 2;

-- ③ Platform membership as a share of the hubs (資料3-1 p.38 = p.12): this year 7/20 35.0%, 6/20 30.0%, 7/20 35.0%;
-- last year (21 hubs) 6/21 28.6%, 8/21 38.1%, 6/21 28.6%. The extract does not say which platform each cell
-- belongs to: entered in the order the extract gives them (①②③ for each year). VERIFY against the PDF.
INSERT INTO published_figure (id, cycle_id, kpi_id, breakdown, unit, printed_text, printed_value, printed_decimals,
                              printed_normalised, source, note, entered_by, entered_at)
SELECT f.id, f.cycle_id, k.id, f.breakdown, f.unit, f.printed_text, f.printed_value, f.printed_decimals,
       f.printed_normalised, f.source, f.note, 'migration V10 (seed material 資料3-1)', CURRENT_TIMESTAMP
FROM (VALUES
 (50, 2, 'G3-PLATFORM-MEMBERSHIP', 'AI_DATA_USE', 'PERCENT', '35.0%', 35.0, 1, FALSE, '資料3-1 p.38 (p.12)', CAST('7拠点／20拠点 (7 of 20 hubs); プラットフォームとの対応は抽出テキストの順による。PDFで要確認 / platform assignment as read from the scrambled extract; verify against the PDF' AS VARCHAR(1000))),
 (51, 2, 'G3-PLATFORM-MEMBERSHIP', 'REGULATORY_SCIENCE', 'PERCENT', '30.0%', 30.0, 1, FALSE, '資料3-1 p.38 (p.12)', CAST('6拠点／20拠点 (6 of 20 hubs); プラットフォームとの対応は抽出テキストの順による。PDFで要確認 / platform assignment as read from the scrambled extract; verify against the PDF' AS VARCHAR(1000))),
 (52, 2, 'G3-PLATFORM-MEMBERSHIP', 'PARTS_MATERIALS_AND_MANUFACTURING', 'PERCENT', '35.0%', 35.0, 1, FALSE, '資料3-1 p.38 (p.12)', CAST('7拠点／20拠点 (7 of 20 hubs); プラットフォームとの対応は抽出テキストの順による。PDFで要確認 / platform assignment as read from the scrambled extract; verify against the PDF' AS VARCHAR(1000))),
 (53, 1, 'G3-PLATFORM-MEMBERSHIP', 'AI_DATA_USE', 'PERCENT', '28.6%', 28.6, 1, FALSE, '資料3-1 p.38 (p.12)', CAST('6拠点／21拠点 (6 of 21 hubs); プラットフォームとの対応は抽出テキストの順による。PDFで要確認 / platform assignment as read from the scrambled extract; verify against the PDF' AS VARCHAR(1000))),
 (54, 1, 'G3-PLATFORM-MEMBERSHIP', 'REGULATORY_SCIENCE', 'PERCENT', '38.1%', 38.1, 1, FALSE, '資料3-1 p.38 (p.12)', CAST('8拠点／21拠点 (8 of 21 hubs); プラットフォームとの対応は抽出テキストの順による。PDFで要確認 / platform assignment as read from the scrambled extract; verify against the PDF' AS VARCHAR(1000))),
 (55, 1, 'G3-PLATFORM-MEMBERSHIP', 'PARTS_MATERIALS_AND_MANUFACTURING', 'PERCENT', '28.6%', 28.6, 1, FALSE, '資料3-1 p.38 (p.12)', CAST('6拠点／21拠点 (6 of 21 hubs); プラットフォームとの対応は抽出テキストの順による。PDFで要確認 / platform assignment as read from the scrambled extract; verify against the PDF' AS VARCHAR(1000)))
) AS f (id, cycle_id, kpi_code, breakdown, unit, printed_text, printed_value, printed_decimals, printed_normalised, source, note)
JOIN kpi k ON k.code = f.kpi_code AND k.plan_id = 2;

-- ⑥ R5 focus-area table, all 186 themes, AS PRINTED (資料3-1 p.45 = p.15; counts and averages per focus area also
-- on p.44 = p.14). Known errors kept as printed, for the reconciliation to flag (DOMAIN.md §5): the 全体 stage-up
-- 27.4％ (the rows give 46/186 = 24.7%), 重点分野3 55.5％ (impossible with 20 themes), the 2nd stage 全64テーマ
-- (65 needed), and averages that do not reconcile across the tables. Stage rows as assigned in DOMAIN.md §5.
INSERT INTO published_figure (id, cycle_id, kpi_id, breakdown, unit, printed_text, printed_value, printed_decimals,
                              printed_normalised, source, note, entered_by, entered_at)
SELECT f.id, f.cycle_id, k.id, f.breakdown, f.unit, f.printed_text, f.printed_value, f.printed_decimals,
       f.printed_normalised, f.source, f.note, 'migration V10 (seed material 資料3-1)', CURRENT_TIMESTAMP
FROM (VALUES
 (56, 2, 'G6-ADOPTED-THEMES', 'TOTAL', 'COUNT', '全186テーマ', 186, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (57, 2, 'G6-AVERAGE-GRANT', 'TOTAL', 'THOUSAND_YEN', '57,874千円', 57874, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (58, 2, 'G6-STAGE-UP-RATIO', 'TOTAL', 'PERCENT', '27.4％', 27.4, 1, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (59, 2, 'G6-LAUNCH-RATIO', 'TOTAL', 'PERCENT', '2.7％', 2.7, 1, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (60, 2, 'G6-ADOPTED-THEMES', 'FA1', 'COUNT', '全7テーマ', 7, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (61, 2, 'G6-AVERAGE-GRANT', 'FA1', 'THOUSAND_YEN', '30,385千円', 30385, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (62, 2, 'G6-STAGE-UP-RATIO', 'FA1', 'PERCENT', '28.6％', 28.6, 1, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (63, 2, 'G6-LAUNCH-RATIO', 'FA1', 'PERCENT', '0％', 0, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (64, 2, 'G6-ADOPTED-THEMES', 'FA2', 'COUNT', '全39テーマ', 39, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (65, 2, 'G6-AVERAGE-GRANT', 'FA2', 'THOUSAND_YEN', '89,918千円', 89918, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (66, 2, 'G6-STAGE-UP-RATIO', 'FA2', 'PERCENT', '46.2％', 46.2, 1, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (67, 2, 'G6-LAUNCH-RATIO', 'FA2', 'PERCENT', '3％', 3, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (68, 2, 'G6-ADOPTED-THEMES', 'FA3', 'COUNT', '全20テーマ', 20, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (69, 2, 'G6-AVERAGE-GRANT', 'FA3', 'THOUSAND_YEN', '120,253千円', 120253, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (70, 2, 'G6-STAGE-UP-RATIO', 'FA3', 'PERCENT', '55.5％', 55.5, 1, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (71, 2, 'G6-LAUNCH-RATIO', 'FA3', 'PERCENT', '5％', 5, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (72, 2, 'G6-ADOPTED-THEMES', 'FA4', 'COUNT', '全29テーマ', 29, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (73, 2, 'G6-AVERAGE-GRANT', 'FA4', 'THOUSAND_YEN', '52,268千円', 52268, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (74, 2, 'G6-STAGE-UP-RATIO', 'FA4', 'PERCENT', '17.2％', 17.2, 1, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (75, 2, 'G6-LAUNCH-RATIO', 'FA4', 'PERCENT', '7％', 7, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (76, 2, 'G6-ADOPTED-THEMES', 'FA5', 'COUNT', '全28テーマ', 28, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (77, 2, 'G6-AVERAGE-GRANT', 'FA5', 'THOUSAND_YEN', '43,429千円', 43429, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (78, 2, 'G6-STAGE-UP-RATIO', 'FA5', 'PERCENT', '28.6％', 28.6, 1, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (79, 2, 'G6-LAUNCH-RATIO', 'FA5', 'PERCENT', '0％', 0, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (80, 2, 'G6-ADOPTED-THEMES', 'NONE_OR_MULTIPLE', 'COUNT', '全63テーマ', 63, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (81, 2, 'G6-AVERAGE-GRANT', 'NONE_OR_MULTIPLE', 'THOUSAND_YEN', '36,613千円', 36613, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (82, 2, 'G6-STAGE-UP-RATIO', 'NONE_OR_MULTIPLE', 'PERCENT', '3.2％', 3.2, 1, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (83, 2, 'G6-LAUNCH-RATIO', 'NONE_OR_MULTIPLE', 'PERCENT', '2％', 2, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (84, 2, 'G6-ADOPTED-THEMES', 'BASIC', 'COUNT', '全34テーマ', 34, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (85, 2, 'G6-AVERAGE-GRANT', 'BASIC', 'THOUSAND_YEN', '52,405千円', 52405, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (86, 2, 'G6-STAGE-UP-RATIO', 'BASIC', 'PERCENT', '11.8％', 11.8, 1, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (87, 2, 'G6-LAUNCH-RATIO', 'BASIC', 'PERCENT', '0％', 0, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (88, 2, 'G6-ADOPTED-THEMES', 'PRODUCT_DEVELOPMENT', 'COUNT', '全64テーマ', 64, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (89, 2, 'G6-AVERAGE-GRANT', 'PRODUCT_DEVELOPMENT', 'THOUSAND_YEN', '72,613千円', 72613, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (90, 2, 'G6-STAGE-UP-RATIO', 'PRODUCT_DEVELOPMENT', 'PERCENT', '36.9％', 36.9, 1, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (91, 2, 'G6-LAUNCH-RATIO', 'PRODUCT_DEVELOPMENT', 'PERCENT', '1.5％', 1.5, 1, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (92, 2, 'G6-ADOPTED-THEMES', 'NON_CLINICAL', 'COUNT', '全32テーマ', 32, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (93, 2, 'G6-AVERAGE-GRANT', 'NON_CLINICAL', 'THOUSAND_YEN', '40,349千円', 40349, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (94, 2, 'G6-STAGE-UP-RATIO', 'NON_CLINICAL', 'PERCENT', '43.8％', 43.8, 1, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (95, 2, 'G6-LAUNCH-RATIO', 'NON_CLINICAL', 'PERCENT', '0％', 0, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (96, 2, 'G6-ADOPTED-THEMES', 'CLINICAL', 'COUNT', '全55テーマ', 55, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (97, 2, 'G6-AVERAGE-GRANT', 'CLINICAL', 'THOUSAND_YEN', '52,295千円', 52295, 0, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (98, 2, 'G6-STAGE-UP-RATIO', 'CLINICAL', 'PERCENT', '7.3％', 7.3, 1, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000))),
 (99, 2, 'G6-LAUNCH-RATIO', 'CLINICAL', 'PERCENT', '7.3％', 7.3, 1, FALSE, '資料3-1 p.45 (p.15)', CAST(NULL AS VARCHAR(1000)))
) AS f (id, cycle_id, kpi_code, breakdown, unit, printed_text, printed_value, printed_decimals, printed_normalised, source, note)
JOIN kpi k ON k.code = f.kpi_code AND k.plan_id = 2;

-- ⑥ R5 focus-area table, the 133 themes adopted at least one year before the survey (採択後1年未満の53件を除外),
-- AS PRINTED (資料3-1 p.46). 重点分野 無/複数 is printed "重点分野-" there.
INSERT INTO published_figure (id, cycle_id, kpi_id, breakdown, unit, printed_text, printed_value, printed_decimals,
                              printed_normalised, source, note, entered_by, entered_at)
SELECT f.id, f.cycle_id, k.id, f.breakdown, f.unit, f.printed_text, f.printed_value, f.printed_decimals,
       f.printed_normalised, f.source, f.note, 'migration V10 (seed material 資料3-1)', CURRENT_TIMESTAMP
FROM (VALUES
 (100, 2, 'G6-MATURE-THEMES', 'TOTAL', 'COUNT', '全133テーマ', 133, 0, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (101, 2, 'G6-MATURE-AVERAGE-GRANT', 'TOTAL', 'THOUSAND_YEN', '67,811千円', 67811, 0, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (102, 2, 'G6-MATURE-STAGE-UP-RATIO', 'TOTAL', 'PERCENT', '33.1％', 33.1, 1, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (103, 2, 'G6-MATURE-LAUNCH-RATIO', 'TOTAL', 'PERCENT', '3.8％', 3.8, 1, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (104, 2, 'G6-MATURE-THEMES', 'FA1', 'COUNT', '全5テーマ', 5, 0, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (105, 2, 'G6-MATURE-AVERAGE-GRANT', 'FA1', 'THOUSAND_YEN', '30,966千円', 30966, 0, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (106, 2, 'G6-MATURE-STAGE-UP-RATIO', 'FA1', 'PERCENT', '40.0％', 40.0, 1, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (107, 2, 'G6-MATURE-LAUNCH-RATIO', 'FA1', 'PERCENT', '0％', 0, 0, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (108, 2, 'G6-MATURE-THEMES', 'FA2', 'COUNT', '全33テーマ', 33, 0, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (109, 2, 'G6-MATURE-AVERAGE-GRANT', 'FA2', 'THOUSAND_YEN', '98,831千円', 98831, 0, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (110, 2, 'G6-MATURE-STAGE-UP-RATIO', 'FA2', 'PERCENT', '51.5％', 51.5, 1, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (111, 2, 'G6-MATURE-LAUNCH-RATIO', 'FA2', 'PERCENT', '3.0％', 3.0, 1, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (112, 2, 'G6-MATURE-THEMES', 'FA3', 'COUNT', '全16テーマ', 16, 0, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (113, 2, 'G6-MATURE-AVERAGE-GRANT', 'FA3', 'THOUSAND_YEN', '139,826千円', 139826, 0, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (114, 2, 'G6-MATURE-STAGE-UP-RATIO', 'FA3', 'PERCENT', '62.5％', 62.5, 1, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (115, 2, 'G6-MATURE-LAUNCH-RATIO', 'FA3', 'PERCENT', '6.3％', 6.3, 1, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (116, 2, 'G6-MATURE-THEMES', 'FA4', 'COUNT', '全19テーマ', 19, 0, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (117, 2, 'G6-MATURE-AVERAGE-GRANT', 'FA4', 'THOUSAND_YEN', '52,912千円', 52912, 0, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (118, 2, 'G6-MATURE-STAGE-UP-RATIO', 'FA4', 'PERCENT', '26.3％', 26.3, 1, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (119, 2, 'G6-MATURE-LAUNCH-RATIO', 'FA4', 'PERCENT', '10.5％', 10.5, 1, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (120, 2, 'G6-MATURE-THEMES', 'FA5', 'COUNT', '全20テーマ', 20, 0, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (121, 2, 'G6-MATURE-AVERAGE-GRANT', 'FA5', 'THOUSAND_YEN', '47,246千円', 47246, 0, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (122, 2, 'G6-MATURE-STAGE-UP-RATIO', 'FA5', 'PERCENT', '40.0％', 40.0, 1, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (123, 2, 'G6-MATURE-LAUNCH-RATIO', 'FA5', 'PERCENT', '0％', 0, 0, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (124, 2, 'G6-MATURE-THEMES', 'NONE_OR_MULTIPLE', 'COUNT', '全40テーマ', 40, 0, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (125, 2, 'G6-MATURE-AVERAGE-GRANT', 'NONE_OR_MULTIPLE', 'THOUSAND_YEN', '44,990千円', 44990, 0, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (126, 2, 'G6-MATURE-STAGE-UP-RATIO', 'NONE_OR_MULTIPLE', 'PERCENT', '5.0％', 5.0, 1, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (127, 2, 'G6-MATURE-LAUNCH-RATIO', 'NONE_OR_MULTIPLE', 'PERCENT', '2.5％', 2.5, 1, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (128, 2, 'G6-MATURE-THEMES', 'BASIC', 'COUNT', '全21テーマ', 21, 0, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (129, 2, 'G6-MATURE-AVERAGE-GRANT', 'BASIC', 'THOUSAND_YEN', '76,329千円', 76329, 0, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (130, 2, 'G6-MATURE-STAGE-UP-RATIO', 'BASIC', 'PERCENT', '19.0％', 19.0, 1, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (131, 2, 'G6-MATURE-LAUNCH-RATIO', 'BASIC', 'PERCENT', '0％', 0, 0, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (132, 2, 'G6-MATURE-THEMES', 'PRODUCT_DEVELOPMENT', 'COUNT', '全44テーマ', 44, 0, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (133, 2, 'G6-MATURE-AVERAGE-GRANT', 'PRODUCT_DEVELOPMENT', 'THOUSAND_YEN', '91,562千円', 91562, 0, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (134, 2, 'G6-MATURE-STAGE-UP-RATIO', 'PRODUCT_DEVELOPMENT', 'PERCENT', '52.3％', 52.3, 1, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (135, 2, 'G6-MATURE-LAUNCH-RATIO', 'PRODUCT_DEVELOPMENT', 'PERCENT', '2.3％', 2.3, 1, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (136, 2, 'G6-MATURE-THEMES', 'NON_CLINICAL', 'COUNT', '全25テーマ', 25, 0, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (137, 2, 'G6-MATURE-AVERAGE-GRANT', 'NON_CLINICAL', 'THOUSAND_YEN', '46,764千円', 46764, 0, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (138, 2, 'G6-MATURE-STAGE-UP-RATIO', 'NON_CLINICAL', 'PERCENT', '52.0％', 52.0, 1, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (139, 2, 'G6-MATURE-LAUNCH-RATIO', 'NON_CLINICAL', 'PERCENT', '0％', 0, 0, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (140, 2, 'G6-MATURE-THEMES', 'CLINICAL', 'COUNT', '全43テーマ', 43, 0, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (141, 2, 'G6-MATURE-AVERAGE-GRANT', 'CLINICAL', 'THOUSAND_YEN', '52,001千円', 52001, 0, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (142, 2, 'G6-MATURE-STAGE-UP-RATIO', 'CLINICAL', 'PERCENT', '9.3％', 9.3, 1, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000))),
 (143, 2, 'G6-MATURE-LAUNCH-RATIO', 'CLINICAL', 'PERCENT', '9.3％', 9.3, 1, FALSE, '資料3-1 p.46', CAST(NULL AS VARCHAR(1000)))
) AS f (id, cycle_id, kpi_code, breakdown, unit, printed_text, printed_value, printed_decimals, printed_normalised, source, note)
JOIN kpi k ON k.code = f.kpi_code AND k.plan_id = 2;

-- ⑥ R4 adopted themes and average single-year grants per focus area, printed in parentheses beside R5's on
-- 資料3-1 p.44 = p.14 ("（ ）内はR4実績", 単位：千円). 無/複数 is printed （-） for R4 and is not entered; R4 printed
-- no 全体 row, no stage rows and no ratios, so R4's table cannot be reconciled.
INSERT INTO published_figure (id, cycle_id, kpi_id, breakdown, unit, printed_text, printed_value, printed_decimals,
                              printed_normalised, source, note, entered_by, entered_at)
SELECT f.id, f.cycle_id, k.id, f.breakdown, f.unit, f.printed_text, f.printed_value, f.printed_decimals,
       f.printed_normalised, f.source, f.note, 'migration V10 (seed material 資料3-1)', CURRENT_TIMESTAMP
FROM (VALUES
 (144, 1, 'G6-ADOPTED-THEMES', 'FA1', 'COUNT', '（3）', 3, 0, FALSE, '資料3-1 p.44 (p.14)', CAST('（ ）内はR4実績 / R4 figure printed in parentheses beside R5' AS VARCHAR(1000))),
 (145, 1, 'G6-AVERAGE-GRANT', 'FA1', 'THOUSAND_YEN', '（43,721）', 43721, 0, FALSE, '資料3-1 p.44 (p.14)', CAST('（ ）内はR4実績 / R4 figure printed in parentheses beside R5' AS VARCHAR(1000))),
 (146, 1, 'G6-ADOPTED-THEMES', 'FA2', 'COUNT', '（9）', 9, 0, FALSE, '資料3-1 p.44 (p.14)', CAST('（ ）内はR4実績 / R4 figure printed in parentheses beside R5' AS VARCHAR(1000))),
 (147, 1, 'G6-AVERAGE-GRANT', 'FA2', 'THOUSAND_YEN', '（34,902）', 34902, 0, FALSE, '資料3-1 p.44 (p.14)', CAST('（ ）内はR4実績 / R4 figure printed in parentheses beside R5' AS VARCHAR(1000))),
 (148, 1, 'G6-ADOPTED-THEMES', 'FA3', 'COUNT', '（6）', 6, 0, FALSE, '資料3-1 p.44 (p.14)', CAST('（ ）内はR4実績 / R4 figure printed in parentheses beside R5' AS VARCHAR(1000))),
 (149, 1, 'G6-AVERAGE-GRANT', 'FA3', 'THOUSAND_YEN', '（38,025）', 38025, 0, FALSE, '資料3-1 p.44 (p.14)', CAST('（ ）内はR4実績 / R4 figure printed in parentheses beside R5' AS VARCHAR(1000))),
 (150, 1, 'G6-ADOPTED-THEMES', 'FA4', 'COUNT', '（5）', 5, 0, FALSE, '資料3-1 p.44 (p.14)', CAST('（ ）内はR4実績 / R4 figure printed in parentheses beside R5' AS VARCHAR(1000))),
 (151, 1, 'G6-AVERAGE-GRANT', 'FA4', 'THOUSAND_YEN', '（35,340）', 35340, 0, FALSE, '資料3-1 p.44 (p.14)', CAST('（ ）内はR4実績 / R4 figure printed in parentheses beside R5' AS VARCHAR(1000))),
 (152, 1, 'G6-ADOPTED-THEMES', 'FA5', 'COUNT', '（11）', 11, 0, FALSE, '資料3-1 p.44 (p.14)', CAST('（ ）内はR4実績 / R4 figure printed in parentheses beside R5' AS VARCHAR(1000))),
 (153, 1, 'G6-AVERAGE-GRANT', 'FA5', 'THOUSAND_YEN', '（40,583）', 40583, 0, FALSE, '資料3-1 p.44 (p.14)', CAST('（ ）内はR4実績 / R4 figure printed in parentheses beside R5' AS VARCHAR(1000)))
) AS f (id, cycle_id, kpi_code, breakdown, unit, printed_text, printed_value, printed_decimals, printed_normalised, source, note)
JOIN kpi k ON k.code = f.kpi_code AND k.plan_id = 2;
