package jp.go.mhlw.kpi.application.followup;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
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

    /**
     * One page of the requests made to one organisation for these templates, newest cycle first (then the newest
     * request): from {@code first} (0 for the first), at most {@code max}. The database pages and orders them.
     */
    List<ReportRequestInfo> ofOrganisation(String organisationCode, Set<SubmissionKind> kinds, int first, int max);

    /** How many requests {@link #ofOrganisation(String, Set, int, int)} pages through. */
    long countOfOrganisation(String organisationCode, Set<SubmissionKind> kinds);

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
