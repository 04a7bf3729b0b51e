package jp.go.mhlw.kpi.application.submission;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.application.audit.ReadOnly;
import jp.go.mhlw.kpi.application.followup.ReportRequests;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.request.RequestState;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.submission.BulkReview;
import jp.go.mhlw.kpi.domain.model.submission.ReviewDecision;
import jp.go.mhlw.kpi.domain.model.submission.Submission;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionRepository;

/**
 * The ministry officers' decisions on several requests of a cycle at once, from the cycle's dashboard: which of the
 * chosen requests an approval or a return takes and which it leaves out, and why ({@link BulkReview}); then each
 * request taken decided on its own, as {@link SubmissionService#approve} and
 * {@link SubmissionService#returnForCorrection} decide it (one audit record and one process step per request, the
 * record saying it was decided in bulk), in the one transaction of the call.
 */
@Stateless
@DeclareRoles(Role.Names.MINISTRY_OFFICER)
public class BulkReviews {

    @Inject
    SubmissionRepository submissions;

    @Inject
    ReportRequests requests;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentCaller currentCaller;

    /** The clock of the records' times (tests fix it). */
    Clock clock = Clock.systemUTC();

    /**
     * What approving these requests of a cycle together would do, without deciding anything: the versions it would
     * approve and the requests it leaves out, with why (the dashboard's confirmation names both).
     */
    @ReadOnly
    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public BulkReview.Plan planApproval(long cycleId, List<Long> requestIds) {
        return BulkReview.approval(cycleId, candidates(requestIds), currentCaller.require().userName());
    }

    /** What returning these requests of a cycle together would do, without deciding anything. */
    @ReadOnly
    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public BulkReview.Plan planReturn(long cycleId, List<Long> requestIds) {
        return BulkReview.returning(cycleId, candidates(requestIds), currentCaller.require().userName());
    }

    /**
     * Approves, each on its own as {@link SubmissionService#approve} does (one audit record and one process step per
     * request), the chosen requests' versions that wait for review and raised no warning; the others are left out and
     * listed.
     */
    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public BulkReview.Plan approveSelected(long cycleId, List<Long> requestIds) {
        BulkReview.Plan plan = planApproval(cycleId, requestIds);
        SubmissionSteps steps = steps();
        plan.taken().forEach(taken -> steps.review(taken.requestId(), taken.versionNumber(), ReviewDecision.APPROVED,
                null, true));
        return plan;
    }

    /**
     * Returns the chosen requests' versions that wait for review with one comment (required), each on its own as
     * {@link SubmissionService#returnForCorrection} does; the others are left out and listed.
     */
    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public BulkReview.Plan returnSelected(long cycleId, List<Long> requestIds, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new SubmissionException.NotAllowed("submission.returnNeedsComment");
        }
        BulkReview.Plan plan = planReturn(cycleId, requestIds);
        SubmissionSteps steps = steps();
        plan.taken().forEach(taken -> steps.review(taken.requestId(), taken.versionNumber(), ReviewDecision.RETURNED,
                comment, true));
        return plan;
    }

    /** The chosen requests as the bulk rules take them; an id naming no request is left out as not in the cycle. */
    private List<BulkReview.Candidate> candidates(List<Long> requestIds) {
        List<BulkReview.Candidate> candidates = new ArrayList<>();
        for (Long id : requestIds == null ? List.<Long>of() : requestIds) {
            requests.find(id).ifPresentOrElse(request -> candidates.add(new BulkReview.Candidate(id,
                    request.cycleId(), request.organisationCode(), request.state(),
                    submissions.findByRequest(id).flatMap(Submission::latestVersion))),
                    () -> candidates.add(new BulkReview.Candidate(id, -1, "#" + id, RequestState.CLOSED,
                            Optional.empty())));
        }
        return candidates;
    }

    private SubmissionSteps steps() {
        return new SubmissionSteps(submissions, requests, auditTrail, currentCaller, clock);
    }
}
