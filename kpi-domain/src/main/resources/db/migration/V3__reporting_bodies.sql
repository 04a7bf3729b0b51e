-- Reporting bodies in more detail (DOMAIN.md §3): the hub programmes and their ministries, AMED's programmes
-- with their theme counts per fiscal year, and a database check on manufacturers' 法人番号.

-- Sequences start at 1049: EclipseLink takes the value a sequence returns as the LAST id of its block of 50,
-- so the first block is 1000..1049 and generated ids never meet the reference rows (ids below 1000).
CREATE SEQUENCE hub_programme_seq START WITH 1049 INCREMENT BY 50;

-- The programmes that adopt the hubs; each is run by a ministry, whose division follows it up.
CREATE TABLE hub_programme (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(64)  NOT NULL,
    ministry    VARCHAR(8)   NOT NULL,
    name_ja     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    division_id BIGINT       NOT NULL,
    version     INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT hub_programme_code_unique UNIQUE (code),
    CONSTRAINT hub_programme_ministry_check CHECK (ministry IN ('MHLW', 'METI', 'MEXT')),
    CONSTRAINT hub_programme_division_fk FOREIGN KEY (division_id) REFERENCES organisation (id)
);

INSERT INTO hub_programme (id, code, ministry, name_ja, name_en, division_id) VALUES
 (1, 'MHLW-NEXT-GENERATION-HUBS', 'MHLW', '次世代医療機器連携拠点整備等事業',
     'Next-Generation Medical Device Collaboration Hub Programme', 22),
 (2, 'METI-REGIONAL-HUB-AUTONOMY', 'METI', '医工連携イノベーション推進事業 地域連携拠点自立化推進事業',
     'Medical-Engineering Collaboration Innovation Programme: Regional Hub Autonomy Promotion', 25);

-- A hub belongs to the programme that adopted it; other organisations belong to none.
ALTER TABLE organisation ADD COLUMN hub_programme_id BIGINT;
ALTER TABLE organisation ADD CONSTRAINT organisation_hub_programme_fk
    FOREIGN KEY (hub_programme_id) REFERENCES hub_programme (id);
ALTER TABLE organisation ADD CONSTRAINT organisation_hub_programme_check
    CHECK (hub_programme_id IS NULL OR kind = 'HUB');

-- R5: 14 MHLW hubs and 6 METI hubs (seed slides 24 and 36)
UPDATE organisation SET hub_programme_id = 1 WHERE code IN (
    'HUB-HIROSHIMA', 'HUB-HOKKAIDO', 'HUB-TOTTORI', 'HUB-OKAYAMA', 'HUB-SHINSHU', 'HUB-KYOTO', 'HUB-KOBE',
    'HUB-TWMU', 'HUB-TOHOKU', 'HUB-TSUKUBA', 'HUB-NHO-OSAKA', 'HUB-NCC', 'HUB-OSAKA', 'HUB-OITA');
UPDATE organisation SET hub_programme_id = 2 WHERE code IN (
    'HUB-IWATE', 'HUB-FUKUSHIMA', 'HUB-YAMANASHI', 'HUB-KYUSHU-OIC', 'HUB-KURASHIKI', 'HUB-OSAKA-CCI');

-- 法人番号: 13 ASCII digits. The check digit is verified in Java (CorporateNumber), which SQL cannot do portably.
-- CHAR pads short values with spaces, so the pattern also rejects them; it runs on PostgreSQL 15+ and H2 2.x.
ALTER TABLE organisation ADD CONSTRAINT organisation_corporate_number_check
    CHECK (corporate_number IS NULL
           OR (LENGTH(corporate_number) = 13 AND REGEXP_LIKE(corporate_number, '^[0-9]{13}$')));

-- The AMED programmes whose themes the focus-area KPIs (goal ⑥) count.
CREATE SEQUENCE amed_programme_seq START WITH 1049 INCREMENT BY 50;

CREATE TABLE amed_programme (
    id            BIGINT       NOT NULL PRIMARY KEY,
    code          VARCHAR(64)  NOT NULL,
    ministry      VARCHAR(8)   NOT NULL,
    name_ja       VARCHAR(200) NOT NULL,
    name_en       VARCHAR(200) NOT NULL,
    display_order INTEGER      NOT NULL,
    version       INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT amed_programme_code_unique UNIQUE (code),
    CONSTRAINT amed_programme_ministry_check CHECK (ministry IN ('MHLW', 'METI', 'MEXT'))
);

-- Themes surveyed per programme and fiscal year: the set changes every year, so the count is not a programme column.
CREATE TABLE amed_programme_theme_count (
    amed_programme_id BIGINT  NOT NULL,
    fiscal_year       INTEGER NOT NULL,
    theme_count       INTEGER NOT NULL,
    CONSTRAINT amed_programme_theme_count_pk PRIMARY KEY (amed_programme_id, fiscal_year),
    CONSTRAINT amed_programme_theme_count_programme_fk
        FOREIGN KEY (amed_programme_id) REFERENCES amed_programme (id) ON DELETE CASCADE,
    CONSTRAINT amed_programme_theme_count_check CHECK (theme_count >= 0)
);

-- Seed slide 42, in its order ("文科・…", "経産・…", "厚労・…" prefixes become the ministry column).
INSERT INTO amed_programme (id, code, ministry, display_order, name_ja, name_en) VALUES
 (1,  'MEXT-TRANSLATIONAL-RESEARCH',        'MEXT', 1,  '橋渡し研究プログラム',
      'Translational Research Program'),
 (2,  'MEXT-ACADEMIA-INDUSTRY-INNOVATION',  'MEXT', 2,  '医療分野研究成果展開事業（産学連携医療イノベーション創出プログラム）',
      'Medical Research Results Deployment Programme (Industry-Academia Collaboration for Medical Innovation)'),
 (3,  'MEXT-ADVANCED-RESEARCH',             'MEXT', 3,  '革新的先端研究開発支援事業',
      'Advanced Research and Development Programs for Medical Innovation'),
 (4,  'METI-MEDICAL-ENGINEERING-INNOVATION','METI', 4,  '医工連携イノベーション推進事業',
      'Medical-Engineering Collaboration Innovation Programme'),
 (5,  'METI-DEVELOPMENT-RESILIENCE',        'METI', 5,  '医療機器等における先進的研究開発・開発体制強靭化事業',
      'Advanced R&D and Resilient Development Systems for Medical Devices'),
 (6,  'METI-YOUNG-RESEARCHER-DISCOVERY',    'METI', 6,  '官民による若手研究者発掘支援事業',
      'Public-Private Programme for Discovering Young Researchers'),
 (7,  'METI-YOUNG-RESEARCHER-STARTUP',      'METI', 7,  '若手研究者によるスタートアップ課題解決支援事業',
      'Support for Start-ups by Young Researchers Solving Challenges'),
 (8,  'METI-PREVENTION-HEALTH-DATA',        'METI', 8,  '予防・健康づくりの社会実装に向けた研究開発基盤整備事業（健康・医療情報活用技術開発課題）',
      'R&D Infrastructure for Prevention and Health Promotion (Health and Medical Information Technology)'),
 (9,  'METI-DRUG-DISCOVERY-PLATFORM',       'METI', 9,  '次世代治療・診断実現のための創薬基盤技術開発事業',
      'Drug Discovery Platform Technologies for Next-Generation Therapy and Diagnosis'),
 (10, 'MHLW-MEDICAL-DEVICE-DEVELOPMENT',    'MHLW', 10, '医療機器開発推進研究事業',
      'Research Programme for Promoting Medical Device Development'),
 (11, 'MHLW-INNOVATIVE-CANCER',             'MHLW', 11, '革新的がん医療実用化研究事業',
      'Practical Research for Innovative Cancer Control'),
 (12, 'MHLW-MEDICAL-ENGINEERING-AI',        'MHLW', 12, '医工連携・人工知能実装研究事業',
      'Research on Medical-Engineering Collaboration and AI Implementation'),
 (13, 'MHLW-LIFESTYLE-DISEASES',            'MHLW', 13, '循環器疾患・糖尿病等生活習慣病対策研究事業',
      'Research on Lifestyle-Related Diseases including Cardiovascular Diseases and Diabetes'),
 (14, 'MHLW-DISABILITIES',                  'MHLW', 14, '障害者対策総合研究開発事業(身体・知的・感覚器障害分野)',
      'Research and Development for Persons with Disabilities (physical, intellectual and sensory)'),
 (15, 'MHLW-EMERGING-INFECTIOUS-DISEASES',  'MHLW', 15, '新興・再興感染症に対する革新的医薬品等開発推進研究事業',
      'Research Programme on Emerging and Re-emerging Infectious Diseases'),
 (16, 'MHLW-GLOBAL-HEALTH',                 'MHLW', 16, '地球規模保健課題解決推進のための研究事業',
      'Research Programme on Global Health');

-- R5 (FY2023): 186 themes in all, as slide 42 states and its per-programme counts add up to.
INSERT INTO amed_programme_theme_count (amed_programme_id, fiscal_year, theme_count) VALUES
 (1, 2023, 27), (2, 2023, 4), (3, 2023, 1),
 (4, 2023, 20), (5, 2023, 26), (6, 2023, 24), (7, 2023, 10), (8, 2023, 4), (9, 2023, 3),
 (10, 2023, 34), (11, 2023, 10), (12, 2023, 8), (13, 2023, 2), (14, 2023, 4), (15, 2023, 7), (16, 2023, 2);
