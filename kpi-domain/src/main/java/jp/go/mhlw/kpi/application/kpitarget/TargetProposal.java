package jp.go.mhlw.kpi.application.kpitarget;

import java.math.BigDecimal;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.model.kpitarget.TargetRuleKind;

/**
 * A target the committee proposed: which figure (KPI code, breakdown key, unit), the rule (kind and its factor or
 * points), the period it applies to, and the committee's own wording with its source.
 *
 * @param parameter              the factor (AT_LEAST_MULTIPLE_OF_PREVIOUS) or points (UP_BY_AT_LEAST_POINTS); null
 *                               for HIGHER_THAN_PREVIOUS
 * @param effectiveFromFiscalYear first fiscal year judged; null for the year after the proposing cycle
 * @param effectiveToFiscalYear   last fiscal year judged; null until withdrawn
 */
public record TargetProposal(String kpiCode, String breakdown, FigureUnit unit, TargetRuleKind ruleKind,
                             BigDecimal parameter, Integer effectiveFromFiscalYear, Integer effectiveToFiscalYear,
                             String wordingJa, String source) {
}
