package jp.go.mhlw.kpi.domain.computation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Year-over-year ratio of two cycles' figures, each first brought to a yearly basis ("1.3倍"). */
public final class YearOverYear {

    private YearOverYear() {
    }

    /**
     * {@code normalised(current) ÷ normalised(previous)}, e.g. R5 770 ÷ (R4 594 × 1/2) = 2.59….
     * The figure records both cycles' normalisations.
     */
    public static KpiFigure ratio(String label, BigDecimal current, PeriodNormalisation currentPeriod,
                                  BigDecimal previous, PeriodNormalisation previousPeriod) {
        Objects.requireNonNull(current, "current value is required for " + label);
        Objects.requireNonNull(previous, "previous value is required for " + label);
        BigDecimal normalisedCurrent = currentPeriod.apply(current);
        BigDecimal normalisedPrevious = previousPeriod.apply(previous);
        if (normalisedPrevious.signum() == 0) {
            throw new IllegalArgumentException(
                    label + ": the previous cycle (" + previousPeriod.cycle() + ") is 0, so no ratio can be computed");
        }
        String formula = term(currentPeriod, current) + " ÷ " + term(previousPeriod, previous);
        return KpiFigure.quotient(label, formula, FigureUnit.TIMES, normalisedCurrent, normalisedPrevious,
                List.of(currentPeriod, previousPeriod), List.of());
    }

    private static String term(PeriodNormalisation period, BigDecimal raw) {
        String value = period.cycle() + " " + Decimals.plain(raw);
        return period.isIdentity() ? value : "(" + value + " × " + period.factorText() + ")";
    }
}
