package jp.go.mhlw.kpi.domain.model.kpitarget;

import java.math.BigDecimal;
import java.util.Locale;
import jp.go.mhlw.kpi.domain.computation.TargetRule;
import jp.go.mhlw.kpi.domain.shared.Phrase;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * How a {@link TargetRule} is stored: its kind, and the one parameter the kind needs (a factor or points).
 * Mapped to and from the sealed {@link TargetRule} types, which do the evaluating. Its wording, with the parameter,
 * is in the domain bundle under {@code target.rule.<KIND>}.
 */
public enum TargetRuleKind {
    /** current ≥ factor × previous ({@link TargetRule.AtLeastMultipleOfPrevious}), e.g. participants ≥ 1.2 × last year. */
    AT_LEAST_MULTIPLE_OF_PREVIOUS,
    /** A share up by at least the points ({@link TargetRule.UpByAtLeastPoints}). */
    UP_BY_AT_LEAST_POINTS,
    /** Strictly higher than the previous cycle ({@link TargetRule.HigherThanPrevious}). */
    HIGHER_THAN_PREVIOUS;

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

    /** The rule with its parameter in the locale's language: "前年度の1.2倍以上", "at least 1.2 × the previous cycle". */
    public String describe(Locale locale, BigDecimal parameter) {
        return phrase(parameter).label(locale);
    }

    /** The rule with its parameter as an argument of another text, said in that text's language. */
    public Phrase phrase(BigDecimal parameter) {
        return Phrase.of("target.rule." + name(),
                parameter == null ? "" : parameter.stripTrailingZeros().toPlainString());
    }

    /** "前年度の1.2倍以上". */
    public String describeJa(BigDecimal parameter) {
        return describe(Texts.JAPANESE, parameter);
    }

    /** "at least 1.2 × the previous cycle". */
    public String describeEn(BigDecimal parameter) {
        return describe(Texts.ENGLISH, parameter);
    }
}
