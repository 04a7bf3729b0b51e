package jp.go.mhlw.kpi.application.report;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.application.followup.ApprovedSubmissions;
import jp.go.mhlw.kpi.application.followup.FollowUpMilestones;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlanRepository;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycleRepository;
import jp.go.mhlw.kpi.domain.model.kpitarget.KpiTargetRepository;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValueRepository;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationRepository;
import jp.go.mhlw.kpi.domain.model.report.CycleReportRepository;
import jp.go.mhlw.kpi.domain.model.request.ReportRequestRepository;

/** The cycle report service as the container would wire it, for tests outside this package (the audit completeness). */
public final class CycleReportWiring {

    private CycleReportWiring() {
    }

    /** The service acting for this caller, its milestones going nowhere (no process in a unit test). */
    public static CycleReports cycleReports(FollowUpCycleRepository cycles, BasicPlanRepository plans,
            KpiValueRepository kpiValues, KpiTargetRepository targets, CycleReportRepository reports,
            OrganisationRepository organisations, ReportRequestRepository requests, AuditTrail audit,
            CurrentCaller caller) {
        CycleReports service = new CycleReports();
        service.cycles = cycles;
        service.plans = plans;
        service.kpiValues = kpiValues;
        service.targets = targets;
        service.reports = reports;
        service.organisations = organisations;
        service.requests = requests;
        service.submissions = CycleReportsTest.instance(ApprovedSubmissions.class, null);
        service.milestones = CycleReportsTest.instance(FollowUpMilestones.class, new FollowUpMilestones() {
            @Override
            public void draftReportReady(long cycleId) {
            }

            @Override
            public void committeeReviewRecorded(long cycleId) {
            }

            @Override
            public void publicationApproved(long cycleId) {
            }

            @Override
            public void correctionOpened(long cycleId, String reason) {
            }
        });
        service.auditTrail = audit;
        service.currentCaller = caller;
        service.clock = Clock.fixed(Instant.parse("2024-03-20T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
        return service;
    }
}
