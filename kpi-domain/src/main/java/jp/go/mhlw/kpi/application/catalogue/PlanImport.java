package jp.go.mhlw.kpi.application.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import jp.go.mhlw.kpi.application.audit.AuditJson;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.application.audit.ReadOnly;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition.GoalDefinition;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition.KpiDefinition;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition.VisionDefinition;
import jp.go.mhlw.kpi.domain.imports.PlanPreview;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlanRepository;
import jp.go.mhlw.kpi.domain.model.catalogue.Goal;
import jp.go.mhlw.kpi.domain.model.catalogue.ImplementingBody;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiComputation;
import jp.go.mhlw.kpi.domain.model.catalogue.PlanCatalogue;
import jp.go.mhlw.kpi.domain.model.catalogue.Vision;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationRepository;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Problem;

/**
 * Administrators import a Basic Plan's catalogue from its plan file (docs/plan-file.md), read and checked by
 * {@code domain.imports.PlanFile}: first a preview of what the import would add, remove or change against the stored
 * catalogue, then the import of a new plan with its visions, goals and KPIs, each KPI with its computation, recorded
 * once in the audit trail. A plan already stored is not changed: its past cycles keep the catalogue they were followed
 * up with, and storing a new version beside it is still to come.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class PlanImport {

    static final String OBJECT_TYPE = "BasicPlan";

    @Inject
    BasicPlanRepository plans;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AuditTrail auditTrail;

    public PlanImport() {
        // for the container
    }

    PlanImport(BasicPlanRepository plans, OrganisationRepository organisations, AuditTrail auditTrail) {
        this.plans = plans;
        this.organisations = organisations;
        this.auditTrail = auditTrail;
    }

    /** What importing the plan would do to the catalogue; nothing is stored. */
    @ReadOnly
    public PlanPreview preview(@NotNull PlanDefinition plan) {
        return PlanPreview.of(plan, plans.findCatalogue(plan.code()),
                code -> organisations.findByCode(code).isPresent());
    }

    /**
     * Stores a plan not stored yet, with its visions, goals and KPIs in the file's order.
     *
     * @throws EntryRejectedException when a plan of the same code is stored, or a KPI names an organisation that
     *                                is not stored (every problem at once)
     */
    public BasicPlan importNewPlan(@NotNull PlanDefinition plan) {
        PlanPreview preview = preview(plan);
        List<Problem> problems = new ArrayList<>();
        if (!preview.newPlan()) {
            problems.add(Problem.at("code", "planImport.planStored", plan.code()));
        }
        preview.unknownOrganisations().forEach((kpi, organisation) ->
                problems.add(Problem.at("reportedBy", "planImport.unknownOrganisation", kpi, organisation)));
        if (!problems.isEmpty()) {
            throw new EntryRejectedException("The plan file", problems);
        }
        BasicPlan stored = new BasicPlan(plan.code(), plan.name().ja(), plan.name().en(), plan.cabinetDecisionDate(),
                plan.validFrom());
        plan.validTo().ifPresent(stored::endValidityOn);
        List<Vision> visions = new ArrayList<>();
        List<Goal> goals = new ArrayList<>();
        List<Kpi> kpis = new ArrayList<>();
        for (VisionDefinition vision : plan.visions()) {
            Vision v = new Vision(stored, vision.code(), vision.name().ja(), vision.name().en());
            visions.add(v);
            for (GoalDefinition goal : vision.goals()) {
                Goal g = new Goal(v, goal.number(), goal.name().ja(), goal.name().en());
                goals.add(g);
                for (int position = 0; position < goal.kpis().size(); position++) {
                    kpis.add(kpi(g, goal.kpis().get(position), position + 1));
                }
            }
        }
        plans.storeNew(PlanCatalogue.assemble(stored, visions, goals, kpis));
        auditTrail.record(new AuditEntry("catalogue.planImported", OBJECT_TYPE, plan.code(), null,
                "Imported plan " + plan.code() + " version " + plan.version() + ": " + visions.size() + " visions, "
                        + goals.size() + " goals, " + kpis.size() + " KPIs",
                null, AuditJson.object()
                        .with("code", plan.code())
                        .with("version", plan.version())
                        .with("visions", visions.size())
                        .with("goals", goals.size())
                        .with("kpis", kpis.size())
                        .with("computed", kpis.stream().filter(k -> !k.computation().isTypedIn()).count())
                        .toString()));
        return stored;
    }

    private Kpi kpi(Goal goal, KpiDefinition kpi, int position) {
        Kpi.Definition definition = Kpi.define(goal, kpi.code(), kpi.kind())
                .named(kpi.name().ja(), kpi.name().en())
                .definedAs(kpi.definition().ja(), kpi.definition().en())
                .reportedBy(kpi.reportedBy().kind().map(ImplementingBody::everyOrganisationOf)
                        .orElseGet(() -> ImplementingBody.organisation(organisations
                                .findByCode(kpi.reportedBy().organisationCode().orElseThrow()).orElseThrow())))
                .computedBy(new KpiComputation(kpi.computation(), kpi.parameters()))
                .listedAt(position);
        kpi.unit().ifPresent(unit -> definition.measuredIn(unit.ja(), unit.en()));
        kpi.breakdown().ifPresent(definition::brokenDownBy);
        if (kpi.normalisedByPeriod()) {
            definition.normalisedByPeriod();
        }
        return definition.build();
    }
}
