package jp.go.mhlw.kpi.application.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.application.audit.ReadOnly;
import jp.go.mhlw.kpi.application.process.ProcessPosition;
import jp.go.mhlw.kpi.application.process.ProcessPositions;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.report.CycleReportRepository;
import jp.go.mhlw.kpi.domain.model.report.PublishedReport;
import jp.go.mhlw.kpi.domain.model.request.ReportRequest;
import jp.go.mhlw.kpi.domain.model.request.ReportRequestRepository;
import jp.go.mhlw.kpi.domain.model.request.RequestState;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.submission.Review;
import jp.go.mhlw.kpi.domain.model.submission.Submission;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionRepository;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionVersion;

/**
 * One report request as a screen shows it. The secretariat and ministry officers see every request; a reporter sees
 * the requests of their own organisation addressed to their role. Any other request is "not found", exactly like
 * one that does not exist, so nobody learns of another body's request.
 */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MINISTRY_OFFICER, Role.Names.HUB_REPORTER, Role.Names.AMED_REPORTER,
        Role.Names.SURVEY_REPORTER})
public class ReportRequestViews {

    @Inject
    ReportRequestRepository requests;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ProcessPositions positions;

    @Inject
    SubmissionRepository submissions;

    @Inject
    CycleReportRepository reports;

    /**
     * True when the body's figures changed, or are being corrected, after the cycle's report was last published: the
     * request is reopened, or its approved version was approved after that publication and supersedes an earlier
     * one. The published figures then do not show the correction until the secretariat publishes a corrected version.
     */
    @ReadOnly
    public boolean figuresChangedAfterPublication(long requestId) {
        ReportRequest request = view(requestId);
        Optional<Instant> published = reports.versions(request.getCycle()).stream()
                .map(PublishedReport::getPublishedAt).max(Comparator.naturalOrder()).map(at -> at.toInstant());
        if (published.isEmpty()) {
            return false;
        }
        if (request.getState() == RequestState.REOPENED) {
            return true;
        }
        Optional<Submission> submission = submissions.findByRequest(requestId);
        return submission.flatMap(Submission::approvedVersion)
                .filter(approved -> submission.get().versions().stream().anyMatch(submission.get()::isSuperseded))
                .flatMap(SubmissionVersion::review).map(Review::reviewedAt)
                .filter(approvedAt -> approvedAt.isAfter(published.get())).isPresent();
    }

    /** The request as the caller may see it, or {@link ReportRequestNotFoundException}. */
    @ReadOnly
    public ReportRequest view(long requestId) {
        Caller caller = currentCaller.require();
        return requests.find(requestId).filter(request -> mayView(caller, request))
                .orElseThrow(() -> new ReportRequestNotFoundException(requestId));
    }

    /**
     * Where the request's process stands, for its diagram, if the caller may see the request (else
     * {@link ReportRequestNotFoundException}); empty while its process has not started.
     */
    @ReadOnly
    public Optional<ProcessPosition> position(long requestId) {
        view(requestId);
        return positions.ofRequest(requestId);
    }

    /**
     * The requests still open for the caller's organisation and role (neither approved nor closed), due first: what
     * a reporter's home shows with its deadline, state and last comment. Empty for a caller without an organisation.
     */
    @ReadOnly
    @RolesAllowed({Role.Names.HUB_REPORTER, Role.Names.AMED_REPORTER, Role.Names.SURVEY_REPORTER})
    public List<ReportRequest> myOpenRequests() {
        Caller caller = currentCaller.require();
        return caller.organisationCode().map(requests::findByOrganisation).orElse(List.of()).stream()
                .filter(request -> !request.getState().isSettled() && mayView(caller, request))
                .sorted(Comparator.comparing(ReportRequest::getDue, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ReportRequest::getId))
                .toList();
    }

    static boolean mayView(Caller caller, ReportRequest request) {
        if (caller.hasRole(Role.SECRETARIAT) || caller.hasRole(Role.MINISTRY_OFFICER)) {
            return true;
        }
        return caller.belongsTo(request.getOrganisationCode()) && caller.hasRole(request.getReporterRole());
    }
}
