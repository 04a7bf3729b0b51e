package jp.go.mhlw.kpi.application.kpitarget;

import java.time.Clock;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlanRepository;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycleRepository;
import jp.go.mhlw.kpi.domain.model.kpitarget.KpiTargetRepository;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValueRepository;

/** The target service as the container would wire it, for tests outside this package. */
public final class KpiTargetsWiring {

    private KpiTargetsWiring() {
    }

    public static KpiTargets kpiTargets(KpiTargetRepository targets, BasicPlanRepository plans,
            FollowUpCycleRepository cycles, KpiValueRepository kpiValues, AuditTrail trail, CurrentCaller caller,
            Clock clock) {
        KpiTargets service = new KpiTargets();
        service.targets = targets;
        service.plans = plans;
        service.cycles = cycles;
        service.kpiValues = kpiValues;
        service.auditTrail = trail;
        service.currentCaller = caller;
        service.clock = clock;
        return service;
    }
}
