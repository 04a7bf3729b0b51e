package jp.go.mhlw.kpi.application.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.domain.model.account.IdentityProvider;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlanRepository;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycleRepository;
import jp.go.mhlw.kpi.domain.model.kpitarget.KpiTargetRepository;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValueRepository;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationRepository;
import jp.go.mhlw.kpi.domain.model.request.ReportRequestRepository;

/** The follow-up services as the container would wire them, for tests outside this package (the audit completeness). */
public final class FollowUpWiring {

    /** When the cycle is opened; the other services act a minute later. */
    public static final Instant NOW = CycleOpeningTest.NOW;

    private FollowUpWiring() {
    }

    /** R6 (fiscal 2024) of PLAN-2, due 2025-05-31, asking these bodies. */
    public static CycleOpeningRequest r6(List<String> bodies) {
        return CycleOpeningTest.r6(bodies);
    }

    public static CycleOpening opening(BasicPlanRepository plans, FollowUpCycleRepository cycles,
            OrganisationRepository organisations, ReportRequestRepository requests, AuditTrail audit) {
        CycleOpening opening = new CycleOpening();
        opening.plans = plans;
        opening.cycles = cycles;
        opening.organisations = organisations;
        opening.requests = requests;
        opening.auditTrail = audit;
        opening.workflow = new RecordingWorkflow();
        opening.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return opening;
    }

    public static CollectionManagement management(FollowUpCycleRepository cycles, ReportRequestRepository requests,
            AuditTrail audit, Instant now) {
        CollectionManagement management = new CollectionManagement();
        management.cycles = cycles;
        management.requests = requests;
        management.auditTrail = audit;
        management.workflow = new RecordingWorkflow();
        management.clock = Clock.fixed(now, ZoneOffset.UTC);
        return management;
    }

    /** The secretariat's collection management, able to reopen approved requests (their submissions in {@code submissions}). */
    public static CollectionManagement management(FollowUpCycleRepository cycles, ReportRequestRepository requests,
            jp.go.mhlw.kpi.domain.model.submission.SubmissionRepository submissions,
            jp.go.mhlw.kpi.application.security.CurrentCaller caller, AuditTrail audit, Instant now) {
        CollectionManagement management = management(cycles, requests, audit, now);
        management.submissions = submissions;
        management.currentCaller = caller;
        return management;
    }

    /** The aggregation fed by a source with no approved submissions yet (a cycle aggregated early). */
    public static KpiAggregationService aggregation(FollowUpCycleRepository cycles, BasicPlanRepository plans,
            KpiValueRepository kpiValues, KpiTargetRepository targets, AuditTrail audit) {
        KpiAggregationService service = new KpiAggregationService();
        service.submissions = KpiAggregationServiceTest.instance(new KpiAggregationServiceTest.FakeSubmissions());
        service.cycles = cycles;
        service.plans = plans;
        service.kpiValues = kpiValues;
        service.targets = targets;
        service.auditTrail = audit;
        service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return service;
    }

    public static CollectionJobs jobs(FollowUpCycleRepository cycles, ReportRequestRepository requests,
            IdentityProvider identities, AuditTrail audit, Instant now) {
        CollectionJobs jobs = new CollectionJobs();
        jobs.requests = requests;
        jobs.cycles = cycles;
        jobs.identities = identities;
        jobs.mailSender = mail -> { };
        jobs.settings = new FollowUpSettings(name -> name.equals("kpi.app.base-url")
                ? Optional.of("https://kpi.example.go.jp/") : Optional.empty());
        jobs.auditTrail = audit;
        jobs.clock = Clock.fixed(now, ZoneOffset.UTC);
        return jobs;
    }
}
