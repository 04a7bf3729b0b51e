package jp.go.mhlw.kpi.domain.model.request;

import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;

/**
 * How many of a cycle's requests of one template are in one state, counted by the database: the figures of the
 * dashboard come from these, not from the requests themselves.
 *
 * @param kind     the template
 * @param state    the state
 * @param requests how many requests
 * @param pastDue  how many of them are past their due date
 * @param onTime   how many of them were first submitted on or before their due date ({@link ReportRequest#wasSubmittedOnTime})
 */
public record RequestTally(SubmissionKind kind, RequestState state, long requests, long pastDue, long onTime) {

    /** How many of them are overdue: past their due date in a state that can be ({@link ReportRequest#isOverdue}). */
    public long overdue() {
        return ReportRequest.OPEN_STATES.contains(state) ? pastDue : 0;
    }
}
