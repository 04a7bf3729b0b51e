package jp.go.mhlw.kpi.domain.model.published;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiBreakdown;
import jp.go.mhlw.kpi.domain.shared.Problem;

/**
 * Checks that a figure key (KPI, breakdown key, unit) exists in a plan's catalogue, the same way for a printed
 * figure, a stored value and a target: the KPI belongs to the plan, is not a narrative item, has the breakdown key,
 * and publishes figures in that unit.
 */
public final class FigureKeys {

    private FigureKeys() {
    }

    public static List<Problem> check(BasicPlan plan, Kpi kpi, String breakdown, FigureUnit unit) {
        List<Problem> problems = new ArrayList<>();
        if (kpi == null) {
            problems.add(Problem.at("kpi", "figureKey.kpi.required"));
            return problems;
        }
        if (plan != null && !plan.getCode().equals(kpi.getPlan().getCode())) {
            problems.add(Problem.at("kpi", "figureKey.kpi.otherPlan", kpi.getCode(), kpi.getPlan().getCode(),
                    plan.getCode()));
        }
        if (kpi.getKind().isNarrative()) {
            problems.add(Problem.at("kpi", "figureKey.kpi.narrative", kpi.getCode()));
            return problems;
        }
        if (breakdown == null || breakdown.isBlank()) {
            problems.add(Problem.at("breakdown", "figureKey.breakdown.required", KpiBreakdown.TOTAL));
        } else if (!kpi.acceptsBreakdown(breakdown)) {
            String accepted = KpiBreakdown.TOTAL + kpi.breakdown().map(b -> ", " + String.join(", ", b.keys())).orElse("");
            problems.add(Problem.at("breakdown", "figureKey.breakdown.unknown", kpi.getCode(), breakdown, accepted));
        }
        if (unit == null) {
            problems.add(Problem.at("unit", "figureKey.unit.required"));
        } else if (!KpiUnits.allows(kpi.getKind(), unit)) {
            String allowed = KpiUnits.allowedFor(kpi.getKind()).stream().map(Enum::name).collect(Collectors.joining(", "));
            problems.add(Problem.at("unit", "figureKey.unit.notAllowed", kpi.getCode(), String.valueOf(kpi.getKind()),
                    allowed, String.valueOf(unit)));
        }
        return problems;
    }
}
