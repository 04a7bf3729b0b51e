package jp.go.mhlw.kpi.application.followup;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.application.audit.AuditJson;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.domain.computation.Achievement;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlanRepository;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycleRepository;
import jp.go.mhlw.kpi.domain.model.kpitarget.KpiTargetRepository;
import jp.go.mhlw.kpi.domain.model.kpitarget.TargetAchievement;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValue;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValueRepository;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionReference;
import jp.go.mhlw.kpi.domain.model.published.PublishedFigure;

/**
 * Computes a cycle's KPI values from its approved submissions (the hubs', AMED's and the survey's through
 * {@link CycleFigures}, the ministry divisions' typed figures through {@link MinistryFigures}) and stores them with
 * their lineage; a recomputation
 * replaces the cycle's computed values (and removes those no longer supported), while values adopted from printed
 * figures stay unless a computed value takes their place. Then judges the targets that apply to the cycle.
 *
 * <p>Only the cycle's process calls it (from the engine, possibly without a user), so it has no role check: no screen
 * or endpoint reaches it.
 */
@Stateless
@PermitAll
public class KpiAggregationService implements KpiAggregation {

    static final String OBJECT_TYPE = "FollowUpCycle";

    @Inject
    Instance<ApprovedSubmissions> submissions;

    @Inject
    FollowUpCycleRepository cycles;

    @Inject
    BasicPlanRepository plans;

    @Inject
    KpiValueRepository kpiValues;

    @Inject
    KpiTargetRepository targets;

    @Inject
    AuditTrail auditTrail;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public void aggregate(long cycleId) {
        FollowUpCycle cycle = cycles.find(cycleId)
                .orElseThrow(() -> new IllegalArgumentException("There is no follow-up cycle " + cycleId));
        if (!submissions.isResolvable()) {
            throw new IllegalStateException("No source of approved submissions is deployed; cycle " + cycle
                    + " cannot be aggregated");
        }
        if (cycle.surveyReferenceDate().isEmpty()) {
            // computing without it would silently leave out every mature-theme figure and the international shares
            throw new IllegalStateException(cycle + " has no survey reference date: set it on the cycle's dashboard,"
                    + " then retry the aggregation");
        }
        ApprovedSubmissions approved = submissions.get();
        String plan = cycle.getPlan().getCode();
        Optional<FollowUpCycle> previous = cycles.find(plan, cycle.getFiscalYear().previous());
        CycleFigures.PreviousValues lastCycle = (kpiCode, breakdown, unit) -> previous.flatMap(p ->
                plans.findKpi(plan, kpiCode).flatMap(kpi -> kpiValues.find(p, kpi, breakdown, unit)))
                .map(KpiValue::toFigure);
        // what each KPI's figures are computed by is the computation its plan stores with it
        List<CatalogueKpi> kpis = plans.findCatalogue(plan).map(CatalogueKpi::of).orElseThrow();
        CycleFigures figures = new CycleFigures(kpis, cycle.normalisation(),
                previous.map(FollowUpCycle::normalisation), cycle.surveyDates(), lastCycle);
        List<CycleFigures.Computed> computed = new ArrayList<>(figures.compute(approved.trainingCourses(cycleId),
                approved.hubReports(cycleId), approved.surveyResponses(cycleId), approved.amedThemes(cycleId)));
        MinistryFigures.Result ministries = new MinistryFigures(cycle.normalisation().cycle(), kpis, lastCycle)
                .compute(approved.ministryProgress(cycleId));
        computed.addAll(ministries.computed());

        OffsetDateTime now = OffsetDateTime.now(clock);
        Set<Long> kept = new HashSet<>();
        List<String> missingKpis = new ArrayList<>();
        int replaced = 0;
        for (CycleFigures.Computed figure : computed) {
            Optional<Kpi> kpi = plans.findKpi(plan, figure.kpiCode());
            if (kpi.isEmpty()) {
                // a later plan may drop a KPI: its figures are simply not stored
                missingKpis.add(figure.kpiCode());
                continue;
            }
            // each value owns its references: JPA embeddables shared between owners are not stored reliably
            List<SubmissionReference> inputs = figure.inputs().stream()
                    .map(ref -> SubmissionReference.of(ref.getKind(), ref.getSubmissionId())).toList();
            KpiValue value = new KpiValue(cycle, kpi.get(), figure.breakdown(), figure.figure(), inputs, now);
            if (kpiValues.find(cycle, kpi.get(), figure.breakdown(), figure.figure().unit()).isPresent()) {
                replaced++;
            }
            kept.add(kpiValues.store(value).getId());
        }
        int removed = 0;
        for (KpiValue stale : kpiValues.findByCycle(cycle)) {
            if (!kept.contains(stale.getId()) && !PublishedFigure.isAdoptedFromPublished(stale)) {
                kpiValues.remove(stale);
                removed++;
            }
        }
        // the same judgement as KpiTargets.evaluate, without its role check (the engine calls without a user)
        List<TargetAchievement> judged = targets.findByPlan(plan).stream()
                .filter(target -> target.appliesTo(cycle))
                .map(target -> TargetAchievement.evaluate(target, cycle,
                        previous.flatMap(p -> kpiValues.find(p, target.getKpi(), target.getBreakdown(), target.getUnit())),
                        kpiValues.find(cycle, target.getKpi(), target.getBreakdown(), target.getUnit())))
                .toList();
        long met = judged.stream().filter(t -> t.getAchievement() == Achievement.MET).count();
        long notMet = judged.stream().filter(t -> t.getAchievement() == Achievement.NOT_MET).count();
        auditTrail.record(new AuditEntry("kpi.aggregated", OBJECT_TYPE, String.valueOf(cycleId), null,
                "Aggregated " + cycle + ": " + kept.size() + " values (" + replaced + " replaced, " + removed
                        + " removed); targets met " + met + ", not met " + notMet + ", no data "
                        + (judged.size() - met - notMet) + missingFigures(ministries.missing()),
                null, AuditJson.object()
                        .with("stored", kept.size())
                        .with("replaced", replaced)
                        .with("removed", removed)
                        .with("kpisNotInCatalogue", String.join(",", missingKpis))
                        .with("ministryFiguresMissing", ministries.missing().stream()
                                .map(MinistryFigures.Missing::kpiCode).collect(Collectors.joining(",")))
                        .with("targetsMet", met)
                        .with("targetsNotMet", notMet)
                        .toString()));
    }

    /** "; ministry figures missing: G9-NOVEL-ITEM-LISTINGS", or nothing; the reasons are on the report screen. */
    private static String missingFigures(List<MinistryFigures.Missing> missing) {
        return missing.isEmpty() ? "" : missing.stream().map(MinistryFigures.Missing::kpiCode)
                .collect(Collectors.joining(", ", "; ministry figures missing: ", ""));
    }
}
