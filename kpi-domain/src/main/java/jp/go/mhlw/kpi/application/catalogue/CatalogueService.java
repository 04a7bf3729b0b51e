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
import jp.go.mhlw.kpi.domain.model.lineage.FigureLineage;
import jp.go.mhlw.kpi.domain.model.lineage.KpiHistory;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValue;
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

    /**
     * The KPI's stored values in every cycle of its plan, each with how many submissions it was computed from but not
     * the submissions ({@link #valueLineage} reads one value's); empty when the plan has no such KPI.
     */
    @ReadOnly
    public Optional<KpiHistory> kpiHistory(@NotBlank String planCode, @NotBlank String kpiCode) {
        return plans.findKpi(planCode, kpiCode).map(kpiValues::findHistory);
    }

    /**
     * One value's lineage with one page of its submissions ({@code max} from the {@code first}, by request number
     * and version), the references whose version is not stored on the first page; empty when the plan's KPI has no
     * such value.
     */
    @ReadOnly
    public Optional<FigureLineage> valueLineage(@NotBlank String planCode, @NotBlank String kpiCode, long valueId,
                                                int first, int max) {
        return kpiValues.findById(valueId)
                .filter(value -> value.getKpi().getCode().equals(kpiCode)
                        && value.getKpi().getPlan().getCode().equals(planCode))
                .map(value -> lineagePage(value, Math.max(0, first), Math.max(1, max)));
    }

    private FigureLineage lineagePage(KpiValue value, int first, int max) {
        return FigureLineage.page(value, submissionSources.sourcesOf(value.getId(), first, max),
                first == 0 ? submissionSources.unresolvedOf(value.getId(), max) : List.of(), value.getInputCount());
    }
}
