package jp.go.mhlw.kpi.application.catalogue;

import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlanRepository;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycleRepository;
import jp.go.mhlw.kpi.domain.model.kpitarget.KpiTargetRepository;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationRepository;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;

/** The catalogue services as the container would wire them, for tests outside this package. */
public final class CatalogueWiring {

    private CatalogueWiring() {
    }

    /** As an administrator {@code admin1} would call it. */
    public static PlanImport planImport(BasicPlanRepository plans, FollowUpCycleRepository cycles,
            KpiTargetRepository targets, OrganisationRepository organisations, AuditTrail trail) {
        CurrentCaller admin = new CurrentCaller();
        admin.establish(new Caller("admin1", Set.of(Role.ADMIN), Optional.empty()));
        return new PlanImport(plans, cycles, targets, organisations, trail, admin);
    }
}
