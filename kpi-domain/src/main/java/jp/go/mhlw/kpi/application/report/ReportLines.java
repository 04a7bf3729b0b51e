package jp.go.mhlw.kpi.application.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiBreakdown;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValue;
import jp.go.mhlw.kpi.domain.model.report.PublishedLine;

/** A cycle's KPI values as report lines, in catalogue order, each next to last cycle's printed figure. */
public final class ReportLines {

    private ReportLines() {
    }

    public static List<PublishedLine> of(List<KpiValue> values, List<KpiValue> previousCycle) {
        Map<String, KpiValue> previous = previousCycle.stream()
                .collect(Collectors.toMap(ReportLines::key, Function.identity(), (a, b) -> a));
        List<KpiValue> ordered = new ArrayList<>(values);
        ordered.sort(Comparator.<KpiValue>comparingInt(v -> v.getKpi().getGoal().getNumber())
                .thenComparingInt(v -> v.getKpi().getDisplayOrder())
                .thenComparingInt(ReportLines::breakdownOrder)
                .thenComparing(KpiValue::getUnit));
        List<PublishedLine> lines = new ArrayList<>();
        for (KpiValue value : ordered) {
            Kpi kpi = value.getKpi();
            KpiValue last = previous.get(key(value));
            lines.add(new PublishedLine(lines.size() + 1, kpi.getGoal().getNumber(), kpi.getCode(), kpi.getNameJa(),
                    kpi.getNameEn(), value.getBreakdown(), value.getUnit(), value.getValue(), value.getDisplayValue(),
                    last == null ? null : last.getDisplayValue(), value.normalisation().orElse(null),
                    value.getFormula(), value.getInputs().size()));
        }
        return lines;
    }

    private static String key(KpiValue value) {
        return value.getKpi().getCode() + "|" + value.getBreakdown() + "|" + value.getUnit();
    }

    /** TOTAL first, then the breakdown's own order (category 1..6, FA1..FA5, 1st..4th). */
    private static int breakdownOrder(KpiValue value) {
        if (KpiBreakdown.TOTAL.equals(value.getBreakdown())) {
            return -1;
        }
        return value.getKpi().breakdown()
                .map(b -> new ArrayList<>(b.keys()).indexOf(value.getBreakdown()))
                .orElse(0);
    }
}
