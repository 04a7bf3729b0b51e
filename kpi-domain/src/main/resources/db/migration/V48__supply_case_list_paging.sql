-- The case lists are read a page at a time, ordered and filtered by the database.
-- The coverage column's order (least covered first) cannot be computed from the reports, which are stored as JSON:
-- its two keys are kept on the case row whenever the case is stored. Rows stored before this have
-- coverage_stored = FALSE until the application fills them in at start-up.
ALTER TABLE supply_case ADD COLUMN coverage_own_months NUMERIC(40, 16);
ALTER TABLE supply_case ADD COLUMN coverage_capacity_share NUMERIC(40, 16);
ALTER TABLE supply_case ADD COLUMN coverage_stored BOOLEAN DEFAULT FALSE NOT NULL;

-- newest first, the lists' default order, for everyone and for one manufacturer
CREATE INDEX supply_case_opened ON supply_case (opened_at, case_number);
CREATE INDEX supply_case_manufacturer_opened ON supply_case (manufacturer_organisation, opened_at, case_number);
CREATE INDEX supply_case_coverage ON supply_case (coverage_own_months, coverage_capacity_share);
CREATE INDEX supply_case_coverage_missing ON supply_case (coverage_stored);

-- the audit search by organisation (what its people did, what was done to its objects), newest first
CREATE INDEX audit_record_actor_organisation ON audit_record (actor_organisation, occurred_at);
CREATE INDEX audit_record_object_organisation ON audit_record (object_organisation, occurred_at);
