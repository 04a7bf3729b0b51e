package jp.go.mhlw.kpi.domain.computation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One computed value with what went into it, so that it can be stored next to the submissions behind it
 * and printed with its formula.
 *
 * <p>{@code value = numerator × unit.multiplier ÷ denominator}, computed by {@link #quotient} at full precision
 * (34 significant digits; the canonical constructor is for reloading stored figures). Rounding happens only for
 * display ({@link DisplayRounding}). A count has denominator 1. A point change is
 * the difference of two shares over their common denominator, so the stored quotient stays exact.
 *
 * @param label          what the figure is, e.g. "venture share R5"
 * @param formula        human-readable formula with the numbers filled in, e.g. "17 / 128 × 100"
 * @param normalisations period normalisations applied to the inputs (empty when none)
 * @param inputs         figures this one was derived from (empty for figures computed from raw data)
 */
public record KpiFigure(String label, String formula, FigureUnit unit, BigDecimal value,
                        BigDecimal numerator, BigDecimal denominator,
                        List<PeriodNormalisation> normalisations, List<KpiFigure> inputs) {

    public KpiFigure {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a KPI figure needs a label");
        }
        Objects.requireNonNull(formula, "formula is required for " + label);
        Objects.requireNonNull(unit, "unit is required for " + label);
        Objects.requireNonNull(value, "value is required for " + label);
        Objects.requireNonNull(numerator, "numerator is required for " + label);
        Objects.requireNonNull(denominator, "denominator is required for " + label);
        if (denominator.signum() == 0) {
            throw new IllegalArgumentException("denominator of " + label + " is zero: " + formula);
        }
        normalisations = List.copyOf(normalisations);
        inputs = List.copyOf(inputs);
    }

    /** Computes the value from an exact numerator and denominator. */
    public static KpiFigure quotient(String label, String formula, FigureUnit unit,
                                     BigDecimal numerator, BigDecimal denominator,
                                     List<PeriodNormalisation> normalisations, List<KpiFigure> inputs) {
        Objects.requireNonNull(denominator, "denominator is required for " + label);
        if (denominator.signum() == 0) {
            throw new IllegalArgumentException("denominator of " + label + " is zero: " + formula);
        }
        BigDecimal value = Decimals.divide(numerator.multiply(unit.multiplier()), denominator);
        return new KpiFigure(label, formula, unit, value, numerator, denominator, normalisations, inputs);
    }

    public static KpiFigure quotient(String label, String formula, FigureUnit unit,
                                     BigDecimal numerator, BigDecimal denominator) {
        return quotient(label, formula, unit, numerator, denominator, List.of(), List.of());
    }

    public static KpiFigure count(String label, String formula, long count) {
        return quotient(label, formula, FigureUnit.COUNT, Decimals.of(count), BigDecimal.ONE);
    }

    /** The value as the committee prints it, e.g. "13.3%". */
    public String display() {
        return DisplayRounding.format(this);
    }
}
