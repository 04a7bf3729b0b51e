package jp.go.mhlw.kpi.domain.model.lineage;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;

/**
 * The lineage of every figure of a page, read together: the submissions of all the page's values are resolved in
 * one read, not one per figure. Looked up by the stored value's id (a KPI's history across cycles) or by KPI,
 * breakdown and unit (one cycle's report).
 */
public final class FigureLineages {

    private final Map<Long, FigureLineage> byValue;
    private final Map<String, FigureLineage> byFigure;

    private FigureLineages(Map<Long, FigureLineage> byValue, Map<String, FigureLineage> byFigure) {
        this.byValue = Map.copyOf(byValue);
        this.byFigure = Map.copyOf(byFigure);
    }

    public static FigureLineages none() {
        return new FigureLineages(Map.of(), Map.of());
    }

    /** The values' lineages, their submissions resolved once for all of them. */
    public static FigureLineages of(Collection<KpiValue> values, SubmissionSources sources) {
        Set<SubmissionReference> references = new LinkedHashSet<>();
        values.forEach(value -> references.addAll(value.getInputs()));
        Map<SubmissionReference, SubmissionSource> resolved = references.isEmpty() ? Map.of()
                : sources.resolve(references);
        Map<Long, FigureLineage> byValue = new HashMap<>();
        Map<String, FigureLineage> byFigure = new HashMap<>();
        for (KpiValue value : values) {
            FigureLineage lineage = FigureLineage.of(value, resolved);
            if (value.getId() != null) {
                byValue.put(value.getId(), lineage);
            }
            byFigure.putIfAbsent(key(value.getKpi().getCode(), value.getBreakdown(), value.getUnit()), lineage);
        }
        return new FigureLineages(byValue, byFigure);
    }

    /** The lineage of a stored value. */
    public Optional<FigureLineage> ofValue(Long valueId) {
        return Optional.ofNullable(valueId == null ? null : byValue.get(valueId));
    }

    /** The lineage of a cycle's figure of this KPI, breakdown and unit. */
    public Optional<FigureLineage> ofFigure(String kpiCode, String breakdown, FigureUnit unit) {
        return Optional.ofNullable(byFigure.get(key(kpiCode, breakdown, unit)));
    }

    private static String key(String kpiCode, String breakdown, FigureUnit unit) {
        return kpiCode + "|" + breakdown + "|" + unit;
    }
}
