package jp.go.mhlw.kpi.application.published;

import java.time.Clock;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlanRepository;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycleRepository;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValueRepository;
import jp.go.mhlw.kpi.domain.model.published.PublishedFigureRepository;

/** The printed-figures service as the container would wire it, for tests outside this package. */
public final class PublishedFiguresWiring {

    private PublishedFiguresWiring() {
    }

    public static PublishedFigures publishedFigures(PublishedFigureRepository figures, BasicPlanRepository plans,
            FollowUpCycleRepository cycles, KpiValueRepository kpiValues, AuditTrail trail, CurrentCaller caller,
            Clock clock) {
        PublishedFigures service = new PublishedFigures();
        service.figures = figures;
        service.plans = plans;
        service.cycles = cycles;
        service.kpiValues = kpiValues;
        service.auditTrail = trail;
        service.currentCaller = caller;
        service.clock = clock;
        return service;
    }
}
