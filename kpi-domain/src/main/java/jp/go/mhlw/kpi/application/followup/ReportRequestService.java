package jp.go.mhlw.kpi.application.followup;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.application.audit.AuditJson;
import jp.go.mhlw.kpi.application.audit.ReadOnly;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.request.ReportRequest;
import jp.go.mhlw.kpi.domain.model.request.ReportRequestInfo;
import jp.go.mhlw.kpi.domain.model.request.ReportRequestRepository;
import jp.go.mhlw.kpi.domain.model.request.RequestState;

/**
 * The report requests as the submission side drives them ({@link ReportRequests}): each move is checked by the
 * request ({@link jp.go.mhlw.kpi.domain.model.request.RequestTransitionException} for a wrong one) and passed to the
 * request's process, all in the caller's transaction (mandatory). The port records nothing in the audit trail: a move
 * is part of the caller's write, whose one record names it (one record per user action). The request row is locked
 * for the move, so that a submission racing a review cannot both win.
 *
 * <p>Permitted to all: the port does not authorise; its callers (the submission and review services) check the
 * caller's role and organisation before they call it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ReportRequestService implements ReportRequests {

    /** The audit trail's object type for report requests. */
    public static final String OBJECT_TYPE = "report-request";

    @Inject
    ReportRequestRepository requests;

    @Inject
    CollectionWorkflow workflow;

    Clock clock = Clock.systemUTC();

    @ReadOnly
    @Override
    public Optional<ReportRequestInfo> find(long requestId) {
        return requests.find(requestId).map(ReportRequest::info);
    }

    @ReadOnly
    @Override
    public List<ReportRequestInfo> ofOrganisation(String organisationCode) {
        return requests.findByOrganisation(organisationCode).stream().map(ReportRequest::info).toList();
    }

    @ReadOnly
    @Override
    public List<ReportRequestInfo> ofOrganisation(String organisationCode, Set<SubmissionKind> kinds, int first,
            int max) {
        return requests.findByOrganisation(organisationCode, kinds, first, max).stream().map(ReportRequest::info)
                .toList();
    }

    @ReadOnly
    @Override
    public long countOfOrganisation(String organisationCode, Set<SubmissionKind> kinds) {
        return requests.countByOrganisation(organisationCode, kinds);
    }

    @Override
    public RequestState draftSaved(long requestId) {
        ReportRequest request = load(requestId);
        request.saveDraft(clock.instant());
        return request.getState();
    }

    @Override
    public RequestState submitted(long requestId) {
        ReportRequest request = load(requestId);
        request.submit(clock.instant());
        workflow.requestSubmitted(requestId);
        return request.getState();
    }

    @Override
    public RequestState returned(long requestId, String comment) {
        ReportRequest request = load(requestId);
        request.returnToReporter(comment, clock.instant());
        workflow.requestReviewed(requestId, false);
        return request.getState();
    }

    @Override
    public RequestState approved(long requestId) {
        ReportRequest request = load(requestId);
        request.approve(clock.instant());
        workflow.requestReviewed(requestId, true);
        return request.getState();
    }

    private ReportRequest load(long requestId) {
        return requests.findForUpdate(requestId).orElseThrow(() -> new ReportRequestNotFoundException(requestId));
    }

    /** A request's state as the audit trail's before/after value. */
    public static String stateJson(RequestState state) {
        return AuditJson.object().with("state", state.name()).toString();
    }

    static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}
