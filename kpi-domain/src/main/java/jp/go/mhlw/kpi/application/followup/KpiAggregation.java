package jp.go.mhlw.kpi.application.followup;

/**
 * Computes a cycle's KPI values from its approved submissions (with lineage) and evaluates the targets. The
 * follow-up process calls it once collection is complete; it may be called again after a correction.
 */
public interface KpiAggregation {

    /** Computes (or recomputes) every KPI value of the cycle and evaluates its targets. */
    void aggregate(long cycleId);
}
