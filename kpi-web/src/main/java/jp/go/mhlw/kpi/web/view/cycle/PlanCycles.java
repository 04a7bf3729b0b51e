package jp.go.mhlw.kpi.web.view.cycle;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;

/**
 * The cycles of every Basic Plan, for the screens that follow a cycle whatever its plan: in the order of their fiscal
 * years, a year two plans share (the year a new plan begins) with the plan that began later last.
 */
public final class PlanCycles {

    static final Comparator<FollowUpCycle> CHRONOLOGICAL = Comparator
            .comparingInt((FollowUpCycle cycle) -> cycle.getFiscalYear().fiscalYear())
            .thenComparing(cycle -> cycle.getPlan().getValidFrom(), Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(cycle -> cycle.getPlan().getCode());

    private PlanCycles() {
    }

    /** The cycles, oldest first. */
    public static List<FollowUpCycle> chronological(Collection<FollowUpCycle> cycles) {
        return cycles.stream().sorted(CHRONOLOGICAL).toList();
    }

    /** The newest of the cycles the filter keeps; empty when it keeps none. */
    public static Optional<FollowUpCycle> newest(Collection<FollowUpCycle> cycles, Predicate<FollowUpCycle> kept) {
        return cycles.stream().filter(kept).max(CHRONOLOGICAL);
    }

    /** True when the cycles belong to more than one plan: their fiscal years alone do not tell them apart. */
    public static boolean ofSeveralPlans(Collection<FollowUpCycle> cycles) {
        return cycles.stream().map(cycle -> cycle.getPlan().getCode()).distinct().count() > 1;
    }
}
