package jp.go.mhlw.kpi.domain.model.cycle;

import java.util.List;
import java.util.Optional;

/** The fiscal-year follow-up cycles of the plans. */
public interface FollowUpCycleRepository {

    /** The plan's cycles, oldest fiscal year first. */
    List<FollowUpCycle> findByPlan(String planCode);

    /** How many cycles follow the plan up. */
    long countByPlan(String planCode);

    Optional<FollowUpCycle> find(String planCode, JapaneseFiscalYear fiscalYear);

    Optional<FollowUpCycle> find(long cycleId);

    /** Every plan's cycles, newest fiscal year first. */
    List<FollowUpCycle> findAll();

    /** Adds a new cycle or saves changes to a loaded one. */
    FollowUpCycle store(FollowUpCycle cycle);
}
