package jp.go.mhlw.kpi.domain.model.lineage;

import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;

/** Computed KPI values with their lineage. */
public interface KpiValueRepository {

    /**
     * Stores a value; a value already stored for the same cycle, KPI, breakdown and unit is replaced (a
     * recomputation), so each published figure has exactly one current value.
     *
     * @return the stored value (the existing row when one was replaced)
     */
    KpiValue store(KpiValue value);

    /** Removes a value that a recomputation no longer produces. */
    void remove(KpiValue value);

    Optional<KpiValue> find(FollowUpCycle cycle, Kpi kpi, String breakdown, FigureUnit unit);

    /** Every value of a cycle, by KPI, breakdown and unit. */
    List<KpiValue> findByCycle(FollowUpCycle cycle);

    /** The KPI's values in every cycle of its plan, oldest fiscal year first (their inputs not read). */
    KpiHistory findHistory(Kpi kpi);

    /** A stored value by its id. */
    Optional<KpiValue> findById(long id);

}
