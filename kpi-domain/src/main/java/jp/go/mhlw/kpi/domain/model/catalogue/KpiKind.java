package jp.go.mhlw.kpi.domain.model.catalogue;

/** What a KPI measures, which decides how its figures are entered, computed and printed. */
public enum KpiKind {
    /** A number of participants, cases, themes (件, 名). */
    COUNT,
    /** A part of a whole, printed as a percentage. */
    SHARE,
    /** An amount or average amount in thousands of yen (千円). */
    AMOUNT_THOUSAND_YEN,
    /** A quotient that is not a share, e.g. participants per course. */
    RATIO,
    /** A duration in years, e.g. the device lag. */
    YEARS,
    /** A follow-up item: a narrative, with figures only where the ministry gives them. */
    NARRATIVE;

    public boolean isNarrative() {
        return this == NARRATIVE;
    }
}
