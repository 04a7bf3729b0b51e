package jp.go.mhlw.kpi.domain.model.supply;

/**
 * The orders a case list can be read in, each done by the database. Every order ends with the newest case first
 * (opening time, then case number, which is unique), so that pages never overlap or skip a case.
 */
public enum SupplyCaseSort {
    /** When the case was opened: the lists' default, newest first. */
    OPENED,
    CASE_NUMBER,
    PRODUCT,
    MANUFACTURER,
    STATE,
    /** Flow A (instability, shortage) before flow B (termination). */
    FLOW,
    /** When the latest report was filed; cases with none come last. */
    LATEST_FILED,
    /** {@link SupplyCoverage#LEAST_COVERED_FIRST}, from the keys kept on the case row. */
    COVERAGE
}
