package jp.go.mhlw.kpi.application.submission;

import java.time.Clock;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.application.followup.ReportRequests;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationRepository;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionRepository;

/** The submission services as the container would wire them, for tests outside this package. */
public final class SubmissionWiring {

    private SubmissionWiring() {
    }

    public static SubmissionService submissionService(SubmissionRepository submissions, ReportRequests requests,
            AuditTrail trail, CurrentCaller caller, Clock clock) {
        SubmissionService service = new SubmissionService();
        service.submissions = submissions;
        service.requests = requests;
        service.auditTrail = trail;
        service.thresholds = new SubmissionThresholds();
        service.currentCaller = caller;
        service.clock = clock;
        return service;
    }

    public static BulkReviews bulkReviews(SubmissionRepository submissions, ReportRequests requests, AuditTrail trail,
            CurrentCaller caller, Clock clock) {
        BulkReviews reviews = new BulkReviews();
        reviews.submissions = submissions;
        reviews.requests = requests;
        reviews.auditTrail = trail;
        reviews.currentCaller = caller;
        reviews.clock = clock;
        return reviews;
    }

    /** The approved submissions of a cycle as the aggregation reads them from the stored submissions. */
    public static StoredApprovedSubmissions approvedSubmissions(SubmissionRepository submissions,
            OrganisationRepository organisations) {
        StoredApprovedSubmissions approved = new StoredApprovedSubmissions();
        approved.submissions = submissions;
        approved.organisations = organisations;
        return approved;
    }
}
