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

    /** Stores a plan not stored before, with its visions, goals and KPIs. */
    void storeNew(PlanCatalogue catalogue);
}
