package jp.go.mhlw.kpi.domain.model.request;

import java.time.LocalDate;
import java.util.Objects;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;

/**
 * One body's report request in a cycle, as the submission side needs to see it: whose it is, which template it
 * asks for, where it stands and when it is due.
 *
 * @param requestId        the request's id
 * @param cycleId          the follow-up cycle it belongs to
 * @param organisationCode the reporting body (the {@code org} of the users who may fill it in)
 * @param kind             the template the body fills in
 * @param state            where it stands
 * @param due              the body's deadline (extensions included)
 */
public record ReportRequestInfo(long requestId, long cycleId, String organisationCode, SubmissionKind kind,
                                RequestState state, LocalDate due) {

    public ReportRequestInfo {
        Objects.requireNonNull(organisationCode, "organisationCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(due, "due");
    }

    /** True when the request is still open after its due date. */
    public boolean isOverdue(LocalDate today) {
        return !state.isSettled() && today.isAfter(due);
    }
}
