package jp.go.mhlw.kpi.application.published;

import jp.go.mhlw.kpi.domain.computation.FigureUnit;

/**
 * A figure to enter as printed: which figure (KPI code, breakdown key, unit), the text exactly as printed, where it
 * was printed, an optional note, and whether the committee printed a period-normalised count (R4's ×1/2).
 *
 * @param breakdown "TOTAL" (or null for it), or a key of the KPI's breakdown such as "INDUSTRY", "FA3"
 */
public record PrintedFigureEntry(String kpiCode, String breakdown, FigureUnit unit, String printedText, String source,
                                 String note, boolean printedNormalised) {
}
