package jp.go.mhlw.kpi.application.catalogue;

import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlanRepository;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationRepository;

/** The catalogue services as the container would wire them, for tests outside this package. */
public final class CatalogueWiring {

    private CatalogueWiring() {
    }

    public static PlanImport planImport(BasicPlanRepository plans, OrganisationRepository organisations,
            AuditTrail trail) {
        return new PlanImport(plans, organisations, trail);
    }
}
