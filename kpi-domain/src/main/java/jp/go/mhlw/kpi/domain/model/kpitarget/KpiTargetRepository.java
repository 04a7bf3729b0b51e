package jp.go.mhlw.kpi.domain.model.kpitarget;

import java.util.List;
import java.util.Optional;

/** The relative KPI targets of the plans. */
public interface KpiTargetRepository {

    /** Adds a new target or saves changes to a loaded one. */
    KpiTarget store(KpiTarget target);

    Optional<KpiTarget> findById(long id);

    /** The plan's targets, withdrawn ones included, in catalogue order (goal, KPI, breakdown), then by first year. */
    List<KpiTarget> findByPlan(String planCode);
}
