package jp.go.mhlw.kpi.application.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.application.audit.ReadOnly;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlanRepository;
import jp.go.mhlw.kpi.domain.model.catalogue.PlanCatalogue;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycleRepository;
import jp.go.mhlw.kpi.domain.model.lineage.FigureLineages;
import jp.go.mhlw.kpi.domain.model.lineage.KpiHistory;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValueRepository;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionSources;
import jp.go.mhlw.kpi.domain.model.security.Role;

/**
 * Read-only queries on the plans, their KPI catalogues, their follow-up cycles and the history of a KPI's values,
 * for the people who run and review the follow-up. Reporting bodies see only their own templates, not this.
 */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MINISTRY_OFFICER, Role.Names.COMMITTEE_MEMBER, Role.Names.ADMIN})
public class CatalogueService {

    @Inject
    BasicPlanRepository plans;

    @Inject
    FollowUpCycleRepository cycles;

    @Inject
    KpiValueRepository kpiValues;

    @Inject
    SubmissionSources submissionSources;

    /** Every Basic Plan, oldest first. */
    @ReadOnly
    public List<BasicPlan> plans() {
        return plans.findAll();
    }

    /** The plan's visions → goals → KPIs; empty for an unknown plan code. */
    @ReadOnly
    public Optional<PlanCatalogue> catalogue(@NotBlank String planCode) {
        return plans.findCatalogue(planCode);
    }

    /** The plan's fiscal-year cycles, oldest first. */
    @ReadOnly
    public List<FollowUpCycle> cycles(@NotBlank String planCode) {
        return cycles.findByPlan(planCode);
    }

    /** Every plan's fiscal-year cycles, newest fiscal year first. */
    @ReadOnly
    public List<FollowUpCycle> allCycles() {
        return cycles.findAll();
    }

    /** The KPI's stored values in every cycle of its plan; empty when the plan has no such KPI. */
    @ReadOnly
    public Optional<KpiHistory> kpiHistory(@NotBlank String planCode, @NotBlank String kpiCode) {
        return plans.findKpi(planCode, kpiCode).map(kpiValues::findHistory);
    }

    /**
     * The KPI's history with each value's lineage (its submissions by request, body and version, the normalisation
     * and the formula); the submissions of all the values are read in one query.
     */
    @ReadOnly
    public Optional<TracedHistory> tracedHistory(@NotBlank String planCode, @NotBlank String kpiCode) {
        return kpiHistory(planCode, kpiCode)
                .map(history -> new TracedHistory(history, FigureLineages.of(history.values(), submissionSources)));
    }

    /** A KPI's values across the cycles and where each comes from. */
    public record TracedHistory(KpiHistory history, FigureLineages lineages) {
    }
}
