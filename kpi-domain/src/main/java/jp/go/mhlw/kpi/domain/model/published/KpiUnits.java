package jp.go.mhlw.kpi.domain.model.published;

import java.util.EnumSet;
import java.util.Set;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiKind;

/**
 * Which figure units a KPI of each kind publishes: a count also has its year-over-year ratio ("1.3倍"), a share its
 * change in points ("+5.8 pt"). Used wherever a figure or a target is attached to a KPI.
 */
public final class KpiUnits {

    private KpiUnits() {
    }

    public static Set<FigureUnit> allowedFor(KpiKind kind) {
        return switch (kind) {
            case COUNT -> EnumSet.of(FigureUnit.COUNT, FigureUnit.TIMES);
            case SHARE -> EnumSet.of(FigureUnit.PERCENT, FigureUnit.PERCENTAGE_POINTS);
            case AMOUNT_THOUSAND_YEN -> EnumSet.of(FigureUnit.THOUSAND_YEN, FigureUnit.TIMES);
            case RATIO -> EnumSet.of(FigureUnit.AVERAGE, FigureUnit.TIMES);
            // FigureUnit has no unit for years; a duration (device lag) is kept as a plain decimal
            case YEARS -> EnumSet.of(FigureUnit.AVERAGE);
            case NARRATIVE -> EnumSet.noneOf(FigureUnit.class);
        };
    }

    public static boolean allows(KpiKind kind, FigureUnit unit) {
        return allowedFor(kind).contains(unit);
    }
}
