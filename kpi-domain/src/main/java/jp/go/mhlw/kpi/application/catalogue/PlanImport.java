package jp.go.mhlw.kpi.application.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.application.audit.AuditJson;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.application.audit.ReadOnly;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition.GoalDefinition;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition.KpiDefinition;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition.TargetDefinition;
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
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycleRepository;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.kpitarget.KpiTarget;
import jp.go.mhlw.kpi.domain.model.kpitarget.KpiTargetRepository;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationRepository;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Problem;

/**
 * Administrators import a Basic Plan's catalogue from its plan file (docs/plan-file.md), read and checked by
 * {@code domain.imports.PlanFile}: first a preview of what the import would add, remove or change against the stored
 * catalogue, then the import, recorded once in the audit trail. A new plan is stored with its visions, goals and KPIs
 * (each with its computation) and the targets the file sets, adopted with the plan; it ends the validity of the
 * plan it replaces, if it names one. A later version of a stored plan's file replaces that plan's catalogue while no cycle
 * follows the plan up; once one does, the catalogue stays as its cycles were followed up with.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class PlanImport {

    static final String OBJECT_TYPE = "BasicPlan";

    @Inject
    BasicPlanRepository plans;

    @Inject
    FollowUpCycleRepository cycles;

    @Inject
    KpiTargetRepository targets;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentCaller currentCaller;

    Clock clock = Clock.systemDefaultZone();

    public PlanImport() {
        // for the container
    }

    PlanImport(BasicPlanRepository plans, FollowUpCycleRepository cycles, KpiTargetRepository targets,
               OrganisationRepository organisations, AuditTrail auditTrail, CurrentCaller currentCaller) {
        this.plans = plans;
        this.cycles = cycles;
        this.targets = targets;
        this.organisations = organisations;
        this.auditTrail = auditTrail;
        this.currentCaller = currentCaller;
    }

    /** What importing the plan would do to the catalogue and the other plans; nothing is stored. */
    @ReadOnly
    public PlanPreview preview(@NotNull PlanDefinition plan) {
        return PlanPreview.of(plan, plans.findCatalogue(plan.code()),
                code -> organisations.findByCode(code).isPresent(), Math.toIntExact(cycles.countByPlan(plan.code())),
                plans.findAll(), plan.replaces().map(cycles::findByPlan).orElse(List.of()).stream()
                        .map(FollowUpCycle::getFiscalYear).toList());
    }

    /**
     * Stores the plan of the file: a new plan, or a later version of a stored plan no cycle follows up yet.
     *
     * @throws EntryRejectedException when the preview has refusals (every one at once), or a target does not fit
     *                                its KPI or the plan's period
     */
    public BasicPlan importPlan(@NotNull PlanDefinition plan) {
        PlanPreview preview = preview(plan);
        if (!preview.refusals().isEmpty()) {
            throw new EntryRejectedException("The plan file", preview.refusals());
        }
        BasicPlan stored;
        if (preview.newPlan()) {
            stored = new BasicPlan(plan.code(), plan.name().ja(), plan.name().en(), plan.cabinetDecisionDate(),
                    plan.validFrom());
            plan.validTo().ifPresent(stored::endValidityOn);
            stored.importedFromFileVersion(plan.version());
        } else {
            stored = plans.findByCode(plan.code()).orElseThrow();
            plans.removeCatalogue(stored);
            stored.revise(plan.name().ja(), plan.name().en(), plan.cabinetDecisionDate(), plan.validFrom(),
                    plan.validTo().orElse(null), plan.version());
        }
        List<Vision> visions = new ArrayList<>();
        List<Goal> goals = new ArrayList<>();
        List<Kpi> kpis = new ArrayList<>();
        List<KpiTarget> planTargets = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String recordedBy = currentCaller.require().userName();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (VisionDefinition vision : plan.visions()) {
            Vision v = new Vision(stored, vision.code(), vision.name().ja(), vision.name().en());
            visions.add(v);
            for (GoalDefinition goal : vision.goals()) {
                Goal g = new Goal(v, goal.number(), goal.name().ja(), goal.name().en());
                goals.add(g);
                for (int position = 0; position < goal.kpis().size(); position++) {
                    KpiDefinition definition = goal.kpis().get(position);
                    Kpi kpi = kpi(g, definition, position + 1);
                    kpis.add(kpi);
                    for (TargetDefinition target : definition.targets()) {
                        target(stored, kpi, target, recordedBy, now, problems).ifPresent(planTargets::add);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new EntryRejectedException("The plan file", problems);
        }
        preview.endsValidityOf().forEach((code, lastDay) ->
                plans.findByCode(code).orElseThrow().endValidityOn(lastDay));
        plans.storeNew(PlanCatalogue.assemble(stored, visions, goals, kpis));
        planTargets.forEach(targets::store);
        String action = preview.newPlan() ? "catalogue.planImported" : "catalogue.planRevised";
        auditTrail.record(new AuditEntry(action, OBJECT_TYPE, plan.code(), null, "Imported plan " + plan.code() + " version " + plan.version() + ": " + visions.size() + " visions, "
                        + goals.size() + " goals, " + kpis.size() + " KPIs, " + planTargets.size() + " targets"
                        + (preview.endsValidityOf().isEmpty() ? "" : "; ended " + preview.endsValidityOf()),
                preview.storedVersion().isEmpty() ? null
                        : AuditJson.object().with("version", preview.storedVersion().getAsInt()).toString(),
                AuditJson.object()
                        .with("code", plan.code())
                        .with("version", plan.version())
                        .with("visions", visions.size())
                        .with("goals", goals.size())
                        .with("kpis", kpis.size())
                        .with("computed", kpis.stream().filter(k -> !k.computation().isTypedIn()).count())
                        .with("targets", planTargets.size())
                        .with("endsValidityOf", preview.endsValidityOf().isEmpty() ? null
                                : String.valueOf(preview.endsValidityOf()))
                        .toString()));
        return stored;
    }

    private static Optional<KpiTarget> target(BasicPlan plan, Kpi kpi, TargetDefinition target,
                                                        String recordedBy, OffsetDateTime now,
                                                        List<Problem> problems) {
        JapaneseFiscalYear from = JapaneseFiscalYear.of(target.fromFiscalYear());
        JapaneseFiscalYear to = target.toFiscalYear().map(JapaneseFiscalYear::of).orElse(null);
        List<Problem> wrong = KpiTarget.checkForPlan(plan, kpi, target.breakdown(), target.unit(), target.rule(),
                target.parameter().orElse(null), from, to);
        if (!wrong.isEmpty()) {
            // at the target's KPI, so the administrator finds it in the file
            wrong.forEach(problem -> problems.add(new Problem("kpi " + kpi.getCode() + " targets " + problem.field(),
                    problem.key(), problem.arguments())));
            return Optional.empty();
        }
        return Optional.of(KpiTarget.adoptedWithPlan(plan, kpi, target.breakdown(), target.unit(),
                target.rule().toRule(target.parameter().orElse(null)), from, to, target.wording().ja(),
                target.wording().en(), "plan file " + plan.getCode() + " version " + plan.getFileVersion(),
                recordedBy, now));
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
