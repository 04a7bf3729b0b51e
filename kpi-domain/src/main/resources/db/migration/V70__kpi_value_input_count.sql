-- How many submissions a KPI value was computed from, kept with the value (KpiValue sets it with its inputs): a KPI's
-- history lists each value with its number of submissions without reading kpi_value_input, which at 2,000 hubs holds
-- some 1,800 rows per hub KPI value and cycle (docs/performance.md, "Data growth (P4)").
ALTER TABLE kpi_value ADD COLUMN input_count INTEGER DEFAULT 0 NOT NULL;

UPDATE kpi_value SET input_count = (SELECT COUNT(*) FROM kpi_value_input i WHERE i.kpi_value_id = kpi_value.id);
