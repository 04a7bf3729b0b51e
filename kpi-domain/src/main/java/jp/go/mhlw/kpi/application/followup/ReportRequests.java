package jp.go.mhlw.kpi.application.followup;

import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.request.ReportRequestInfo;
import jp.go.mhlw.kpi.domain.model.request.RequestState;

/**
 * The report requests of the follow-up cycles, as the submission side drives them. The implementation keeps each
 * request's state in its table and moves the request's process along in the same transaction (the reporter's
 * task ends on submit, the officer's review task ends on approve or return).
 *
 * <p>Callers check the caller's role and organisation first: this port does not authorise.
 */
public interface ReportRequests {

    /** The request with this id, if there is one. */
    Optional<ReportRequestInfo> find(long requestId);

    /** The requests made to one organisation, newest cycle first. */
    List<ReportRequestInfo> ofOrganisation(String organisationCode);

    /*
     * The moves below are parts of the caller's write, in its transaction: the caller's audit record (one per user
     * action) names the move, so the port records nothing itself. Each returns the state the request moved to.
     */

    /** The reporter saved a draft (NOT_STARTED or RETURNED becomes DRAFT; a DRAFT stays one). */
    RequestState draftSaved(long requestId);

    /** The reporter submitted a version that passed validation: the request waits for the ministry's review. */
    RequestState submitted(long requestId);

    /** The reviewing officer returned the submission with a comment: the reporter gets the request back. */
    RequestState returned(long requestId, String comment);

    /** The reviewing officer approved the submission: its data counts in the cycle's aggregation. */
    RequestState approved(long requestId);
}
