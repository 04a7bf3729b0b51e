-- Demo data only (applied when kpi.database.demo-data=true): the two manufacturers of the demo realm.
INSERT INTO organisation (id, code, kind, name_ja, name_en, corporate_number) VALUES
 (101, 'MAKER-A', 'MANUFACTURER', 'デモ医療機器株式会社A', 'Demo Medical Devices A Co., Ltd.', '8900000000001'),
 (102, 'MAKER-B', 'MANUFACTURER', 'デモ医療機器株式会社B', 'Demo Medical Devices B Co., Ltd.', '7900000000002');
