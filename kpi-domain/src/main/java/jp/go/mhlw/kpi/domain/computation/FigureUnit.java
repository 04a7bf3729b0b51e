package jp.go.mhlw.kpi.domain.computation;

import java.math.BigDecimal;

/**
 * What a {@link KpiFigure}'s value measures. The multiplier links value, numerator and denominator:
 * {@code value = numerator × multiplier ÷ denominator}.
 */
public enum FigureUnit {
    /** A count of themes, hubs, cases (件). */
    COUNT(BigDecimal.ONE),
    /** A year-over-year ratio, printed "1.3倍". */
    TIMES(BigDecimal.ONE),
    /** A share, printed "13.3%". */
    PERCENT(Decimals.HUNDRED),
    /** A change of a share, printed "+5.8 pt". */
    PERCENTAGE_POINTS(Decimals.HUNDRED),
    /** An amount or average amount in thousands of yen (千円). */
    THOUSAND_YEN(BigDecimal.ONE),
    /** Any other average per unit, e.g. participants per course or cases per hub. */
    AVERAGE(BigDecimal.ONE);

    private final BigDecimal multiplier;

    FigureUnit(BigDecimal multiplier) {
        this.multiplier = multiplier;
    }

    public BigDecimal multiplier() {
        return multiplier;
    }
}
