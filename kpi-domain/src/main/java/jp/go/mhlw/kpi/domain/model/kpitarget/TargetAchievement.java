package jp.go.mhlw.kpi.domain.model.kpitarget;

import java.util.Objects;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.computation.Achievement;
import jp.go.mhlw.kpi.domain.computation.KpiFigure;
import jp.go.mhlw.kpi.domain.computation.TargetEvaluation;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValue;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * One target judged for one cycle: this cycle's stored value against the previous cycle's (both already brought to a
 * yearly basis when they were stored), through the target's {@link jp.go.mhlw.kpi.domain.computation.TargetRule}.
 * Bean getters for screens.
 */
public final class TargetAchievement {

    private final KpiTarget target;
    private final FollowUpCycle cycle;
    private final KpiValue previous;
    private final KpiValue current;
    private final TargetEvaluation evaluation;

    private TargetAchievement(KpiTarget target, FollowUpCycle cycle, KpiValue previous, KpiValue current,
                              TargetEvaluation evaluation) {
        this.target = target;
        this.cycle = cycle;
        this.previous = previous;
        this.current = current;
        this.evaluation = evaluation;
    }

    /**
     * Judges a target for a cycle from the stored values of the target's figure in the previous and in this cycle;
     * either missing gives {@link Achievement#NO_DATA}.
     */
    public static TargetAchievement evaluate(KpiTarget target, FollowUpCycle cycle, Optional<KpiValue> previous,
                                             Optional<KpiValue> current) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(cycle, "cycle");
        if (!target.appliesTo(cycle)) {
            throw new IllegalArgumentException(target + " does not apply to " + cycle);
        }
        previous.ifPresent(value -> requireFigureOf(target, value));
        current.ifPresent(value -> requireFigureOf(target, value));
        TargetEvaluation evaluation = target.rule().evaluate(previous.map(KpiValue::toFigure), current.map(KpiValue::toFigure));
        return new TargetAchievement(target, cycle, previous.orElse(null), current.orElse(null), evaluation);
    }

    private static void requireFigureOf(KpiTarget target, KpiValue value) {
        if (!value.getKpi().getCode().equals(target.getKpi().getCode()) || !value.getBreakdown().equals(target.getBreakdown())
                || value.getUnit() != target.getUnit()) {
            throw new IllegalArgumentException(value + " is not the figure " + target + " judges");
        }
    }

    public KpiTarget getTarget() {
        return target;
    }

    public FollowUpCycle getCycle() {
        return cycle;
    }

    public Achievement getAchievement() {
        return evaluation.achievement();
    }

    /** "達成", "未達成", "データなし". */
    public String getAchievementLabel() {
        return evaluation.achievement().label(Texts.JAPANESE);
    }

    /** "≥ 1.2 × previous cycle: 770 against 594 → MET". */
    public String getExplanation() {
        return evaluation.explanation();
    }

    public TargetEvaluation evaluation() {
        return evaluation;
    }

    /** The previous cycle's value; null when there is none. */
    public KpiValue getPrevious() {
        return previous;
    }

    /** This cycle's value; null when there is none. */
    public KpiValue getCurrent() {
        return current;
    }

    public Optional<KpiFigure> previousFigure() {
        return Optional.ofNullable(previous).map(KpiValue::toFigure);
    }

    public Optional<KpiFigure> currentFigure() {
        return Optional.ofNullable(current).map(KpiValue::toFigure);
    }
}
