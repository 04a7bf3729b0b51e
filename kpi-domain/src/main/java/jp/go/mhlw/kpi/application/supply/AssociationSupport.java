package jp.go.mhlw.kpi.application.supply;

import static jp.go.mhlw.kpi.application.supply.SupplyCaseSteps.MAX_TEXT;
import static jp.go.mhlw.kpi.application.supply.SupplyCaseSteps.requireLength;
import static jp.go.mhlw.kpi.application.supply.SupplyCaseSteps.summary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import jp.go.mhlw.kpi.application.audit.AuditJson;
import jp.go.mhlw.kpi.application.supply.SupplyCaseSteps.Outcome;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCase;

/**
 * What the industry association does on a supply case MHLW asked it to support (DOMAIN.md §6): it records the
 * support it gave. Industry associations only, on the cases they were asked to support (any other case is
 * {@link SupplyCaseException.NotFound}); recorded once and completing the flow's step ({@link SupplyCaseSteps}).
 */
@Stateless
@DeclareRoles({Role.Names.MANUFACTURER, Role.Names.MINISTRY_OFFICER, Role.Names.INDUSTRY_ASSOCIATION})
public class AssociationSupport {

    @Inject
    SupplyCaseSteps steps;

    @Inject
    SupplyCaseWorkflow workflow;

    @RolesAllowed(Role.Names.INDUSTRY_ASSOCIATION)
    public SupplyCase recordAssociationSupport(String caseNumber, String whatWasDone) {
        requireLength(whatWasDone, MAX_TEXT, "what was done");
        return steps.decide(caseNumber, "supply-case.association-support-recorded", (supplyCase, caller, now) -> {
            supplyCase.recordAssociationSupport(caller, whatWasDone, now);
            steps.advance(supplyCase, SupplyStep.RECORD_ASSOCIATION_SUPPORT, caller,
                    () -> workflow.complete(caseNumber, SupplyStep.RECORD_ASSOCIATION_SUPPORT));
            List<jp.go.mhlw.kpi.domain.model.supply.AssociationSupport> recorded = supplyCase.associationSupport();
            return new Outcome(summary("supply.audit.associationSupportRecorded"), AuditJson.object()
                    .with("whatWasDone", recorded.get(recorded.size() - 1).whatWasDone()));
        });
    }
}
