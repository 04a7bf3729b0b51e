package jp.go.mhlw.kpi.domain.model.catalogue;

import java.util.List;
import java.util.Optional;

/** The Basic Plans and their catalogues. */
public interface BasicPlanRepository {

    /** All plans, oldest first. */
    List<BasicPlan> findAll();

    Optional<BasicPlan> findByCode(String planCode);

    /** The plan's visions, goals and KPIs as a tree; empty when there is no such plan. */
    Optional<PlanCatalogue> findCatalogue(String planCode);

    Optional<Kpi> findKpi(String planCode, String kpiCode);

    /** Stores a plan's visions, goals and KPIs, and the plan itself when it is not stored yet. */
    void storeNew(PlanCatalogue catalogue);

    /**
     * Removes the plan's visions, goals, KPIs and their targets, keeping the plan: for a later version of its file
     * while no cycle follows the plan up (no figure refers to its KPIs yet).
     */
    void removeCatalogue(BasicPlan plan);
}
