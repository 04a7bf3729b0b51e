package jp.go.mhlw.kpi.domain.computation;

/** The ways a published table can contradict itself. */
public enum DiscrepancyKind {
    /** A grouping's theme counts do not add up to the "all" row. */
    GROUP_COUNTS_DO_NOT_ADD_UP,
    /** No whole number of themes over the printed count gives the printed percentage at its printed precision. */
    IMPOSSIBLE_PERCENTAGE,
    /** The "all" row's percentage disagrees with the counts its group rows add up to. */
    TOTAL_DISAGREES_WITH_GROUPS,
    /** The overall average grant implied by the focus-area rows, the stage rows and the printed "all" row differ. */
    AVERAGES_DO_NOT_RECONCILE,
    /** A printed a ÷ b (e.g. participants per course) differs from the printed a and b. */
    QUOTIENT_DOES_NOT_MATCH
}
