package jp.go.mhlw.kpi.domain.model.kpitarget;

import java.math.BigDecimal;
import jp.go.mhlw.kpi.domain.computation.TargetRule;

/**
 * How a {@link TargetRule} is stored: its kind, and the one parameter the kind needs (a factor or points).
 * Mapped to and from the sealed {@link TargetRule} types, which do the evaluating.
 */
public enum TargetRuleKind {
    /** current ≥ factor × previous ({@link TargetRule.AtLeastMultipleOfPrevious}), e.g. participants ≥ 1.2 × last year. */
    AT_LEAST_MULTIPLE_OF_PREVIOUS("前年度の{0}倍以上", "at least {0} × the previous cycle"),
    /** A share up by at least the points ({@link TargetRule.UpByAtLeastPoints}). */
    UP_BY_AT_LEAST_POINTS("前年度から{0}ポイント以上上昇", "share up by at least {0} pt"),
    /** Strictly higher than the previous cycle ({@link TargetRule.HigherThanPrevious}). */
    HIGHER_THAN_PREVIOUS("前年度より増加", "higher than the previous cycle");

    private final String patternJa;
    private final String patternEn;

    TargetRuleKind(String patternJa, String patternEn) {
        this.patternJa = patternJa;
        this.patternEn = patternEn;
    }

    public static TargetRuleKind of(TargetRule rule) {
        if (rule instanceof TargetRule.AtLeastMultipleOfPrevious) {
            return AT_LEAST_MULTIPLE_OF_PREVIOUS;
        }
        if (rule instanceof TargetRule.UpByAtLeastPoints) {
            return UP_BY_AT_LEAST_POINTS;
        }
        if (rule instanceof TargetRule.HigherThanPrevious) {
            return HIGHER_THAN_PREVIOUS;
        }
        throw new IllegalArgumentException("unknown target rule " + rule);
    }

    /** The rule's parameter: the factor, the points, or null for {@link #HIGHER_THAN_PREVIOUS}. */
    public static BigDecimal parameterOf(TargetRule rule) {
        if (rule instanceof TargetRule.AtLeastMultipleOfPrevious multiple) {
            return multiple.multiple();
        }
        if (rule instanceof TargetRule.UpByAtLeastPoints points) {
            return points.points();
        }
        of(rule);
        return null;
    }

    /** Whether the kind takes a parameter (a factor or points). */
    public boolean hasParameter() {
        return this != HIGHER_THAN_PREVIOUS;
    }

    /**
     * The rule of this kind with its parameter.
     *
     * @throws IllegalArgumentException when the parameter is missing, superfluous or out of range
     */
    public TargetRule toRule(BigDecimal parameter) {
        if (hasParameter() && parameter == null) {
            throw new IllegalArgumentException(this + " needs " + (this == AT_LEAST_MULTIPLE_OF_PREVIOUS ? "a factor" : "points"));
        }
        if (!hasParameter() && parameter != null) {
            throw new IllegalArgumentException(this + " takes no parameter, was given " + parameter.toPlainString());
        }
        return switch (this) {
            case AT_LEAST_MULTIPLE_OF_PREVIOUS -> new TargetRule.AtLeastMultipleOfPrevious(parameter);
            case UP_BY_AT_LEAST_POINTS -> new TargetRule.UpByAtLeastPoints(parameter);
            case HIGHER_THAN_PREVIOUS -> new TargetRule.HigherThanPrevious();
        };
    }

    /** "前年度の1.2倍以上". */
    public String describeJa(BigDecimal parameter) {
        return patternJa.replace("{0}", parameter == null ? "" : parameter.stripTrailingZeros().toPlainString());
    }

    /** "at least 1.2 × the previous cycle". */
    public String describeEn(BigDecimal parameter) {
        return patternEn.replace("{0}", parameter == null ? "" : parameter.stripTrailingZeros().toPlainString());
    }
}
