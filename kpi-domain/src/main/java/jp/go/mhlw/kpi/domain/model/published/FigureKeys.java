package jp.go.mhlw.kpi.domain.model.published;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiBreakdown;

/**
 * Checks that a figure key (KPI, breakdown key, unit) exists in a plan's catalogue, the same way for a printed
 * figure, a stored value and a target: the KPI belongs to the plan, is not a narrative item, has the breakdown key,
 * and publishes figures in that unit.
 */
public final class FigureKeys {

    private FigureKeys() {
    }

    public static List<EntryProblem> check(BasicPlan plan, Kpi kpi, String breakdown, FigureUnit unit) {
        List<EntryProblem> problems = new ArrayList<>();
        if (kpi == null) {
            problems.add(new EntryProblem("kpi", "KPIを指定してください。", "Choose the KPI."));
            return problems;
        }
        if (plan != null && !plan.getCode().equals(kpi.getPlan().getCode())) {
            problems.add(new EntryProblem("kpi",
                    kpi.getCode() + " は " + kpi.getPlan().getCode() + " のKPIで、" + plan.getCode() + " のものではありません。",
                    kpi.getCode() + " is a KPI of " + kpi.getPlan().getCode() + ", not of " + plan.getCode() + "."));
        }
        if (kpi.getKind().isNarrative()) {
            problems.add(new EntryProblem("kpi",
                    kpi.getCode() + " は記述によるフォローアップ項目のため、数値はありません。",
                    kpi.getCode() + " is a narrative follow-up item; it has no figures."));
            return problems;
        }
        if (breakdown == null || breakdown.isBlank()) {
            problems.add(new EntryProblem("breakdown", "内訳キーを指定してください（全体は " + KpiBreakdown.TOTAL + "）。",
                    "Choose the breakdown key (" + KpiBreakdown.TOTAL + " for the whole)."));
        } else if (!kpi.acceptsBreakdown(breakdown)) {
            String accepted = KpiBreakdown.TOTAL + kpi.breakdown().map(b -> ", " + String.join(", ", b.keys())).orElse("");
            problems.add(new EntryProblem("breakdown",
                    kpi.getCode() + " に内訳「" + breakdown + "」はありません（指定できるのは " + accepted + "）。",
                    kpi.getCode() + " has no breakdown \"" + breakdown + "\"; it accepts " + accepted + "."));
        }
        if (unit == null) {
            problems.add(new EntryProblem("unit", "単位を指定してください。", "Choose the unit."));
        } else if (!KpiUnits.allows(kpi.getKind(), unit)) {
            String allowed = KpiUnits.allowedFor(kpi.getKind()).stream().map(Enum::name).collect(Collectors.joining(", "));
            problems.add(new EntryProblem("unit",
                    kpi.getCode() + "（" + kpi.getKind() + "）の数値の単位は " + allowed + " のいずれかです（" + unit + " は不可）。",
                    kpi.getCode() + " (" + kpi.getKind() + ") publishes figures in " + allowed + ", not " + unit + "."));
        }
        return problems;
    }
}
