package jp.go.mhlw.kpi.domain.model.lineage;

import java.util.List;
import java.util.Objects;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;

/**
 * A KPI's stored values across the cycles of its plan, oldest first: the committee's multi-year view.
 * Bean getters too, because Jakarta EL 5 (Jakarta EE 10) does not resolve record accessors.
 */
public record KpiHistory(Kpi kpi, List<KpiValue> values) {

    public KpiHistory {
        Objects.requireNonNull(kpi, "kpi");
        values = List.copyOf(values);
    }

    public Kpi getKpi() {
        return kpi;
    }

    public List<KpiValue> getValues() {
        return values;
    }

    /** The fiscal years with at least one value. */
    public List<JapaneseFiscalYear> fiscalYears() {
        return values.stream().map(v -> v.getCycle().getFiscalYear()).distinct().sorted().toList();
    }

    /** One line of a chart: the values of one breakdown key and unit, e.g. ("INDUSTRY", COUNT), by fiscal year. */
    public List<KpiValue> series(String breakdown, FigureUnit unit) {
        return values.stream()
                .filter(v -> v.getBreakdown().equals(breakdown) && v.getUnit() == unit)
                .sorted((a, b) -> a.getCycle().getFiscalYear().compareTo(b.getCycle().getFiscalYear()))
                .toList();
    }
}
