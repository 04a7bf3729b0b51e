package jp.go.mhlw.kpi.domain.model.request;

/**
 * Where one body's report request of a cycle stands. Overdue is not a state: it is a request that is neither
 * approved nor closed when its due date has passed.
 */
public enum RequestState {
    /** Requested; the reporter has not saved anything yet. */
    NOT_STARTED,
    /** The reporter has saved a draft. */
    DRAFT,
    /** Submitted and waiting for (or in) the ministry's review. */
    SUBMITTED,
    /** Returned by the reviewing officer with comments; back with the reporter. */
    RETURNED,
    /** Approved by the reviewing officer; its data counts in the cycle's aggregation. */
    APPROVED,
    /**
     * Approved once, then reopened by the secretariat for a correction: back with the reporter for a new version. The
     * approved version still counts until the corrected one is approved.
     */
    REOPENED,
    /** Closed by the secretariat without an approved submission; the published report names the body as missing. */
    CLOSED;

    /** True while the body can still change its data (a draft, a returned submission or a reopened one). */
    public boolean isWithReporter() {
        return this == NOT_STARTED || this == DRAFT || this == RETURNED || this == REOPENED;
    }

    /** True once nothing more is expected of the body in this cycle. */
    public boolean isSettled() {
        return this == APPROVED || this == CLOSED;
    }
}
