package jp.go.mhlw.kpi.domain.model.cycle;

/** Where a fiscal year's follow-up stands (docs/domain.md §7), in the order a cycle goes through. */
public enum CycleStatus {
    /** Dates and factor being set; nothing requested yet. */
    PLANNED,
    /** Data requested from the hubs (via AMED), AMED, the ministries and the JFMDA survey; submissions coming in. */
    COLLECTING,
    /** Submissions validated and reviewed by the ministry; KPIs aggregated. */
    REVIEWING,
    /** Before the committee: meeting, comments, proposed targets. */
    COMMITTEE_REVIEW,
    /** Figures published; the cycle is history. */
    PUBLISHED;

    public boolean isFinal() {
        return this == PUBLISHED;
    }

    /** The next status; a published cycle has none. */
    public CycleStatus next() {
        if (isFinal()) {
            throw new IllegalStateException("a published cycle has no further status");
        }
        return values()[ordinal() + 1];
    }
}
