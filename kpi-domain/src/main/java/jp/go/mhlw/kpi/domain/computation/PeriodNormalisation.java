package jp.go.mhlw.kpi.domain.computation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A cycle's reporting period and the factor that turns its figures into yearly figures.
 * The factor is data chosen by the committee, not derived from the dates: the R4 hub report covered
 * 2021-04-01..2023-03-06 and was multiplied by 1/2.
 */
public record PeriodNormalisation(String cycle, LocalDate periodStart, LocalDate periodEnd,
                                  long factorNumerator, long factorDenominator) {

    public PeriodNormalisation {
        if (cycle == null || cycle.isBlank()) {
            throw new IllegalArgumentException("cycle is required (e.g. \"R4\")");
        }
        Objects.requireNonNull(periodStart, "periodStart is required");
        Objects.requireNonNull(periodEnd, "periodEnd is required");
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException(
                    "reporting period of " + cycle + " ends (" + periodEnd + ") before it starts (" + periodStart + ")");
        }
        if (factorNumerator <= 0 || factorDenominator <= 0) {
            throw new IllegalArgumentException("normalisation factor of " + cycle + " must be positive, was "
                    + factorNumerator + "/" + factorDenominator);
        }
    }

    /** A cycle whose figures are already yearly (factor 1). */
    public static PeriodNormalisation yearly(String cycle, LocalDate periodStart, LocalDate periodEnd) {
        return new PeriodNormalisation(cycle, periodStart, periodEnd, 1, 1);
    }

    public boolean isIdentity() {
        return factorNumerator == factorDenominator;
    }

    public BigDecimal apply(BigDecimal raw) {
        Objects.requireNonNull(raw, "raw value is required");
        return Decimals.divide(raw.multiply(Decimals.of(factorNumerator)), Decimals.of(factorDenominator));
    }

    /** "1/2", or "1" for a yearly cycle. */
    public String factorText() {
        return isIdentity() ? "1" : factorNumerator + "/" + factorDenominator;
    }

    /** Shown next to every normalised figure: "R4 (2021-04-01〜2023-03-06) ×1/2". */
    public String describe() {
        return cycle + " (" + periodStart + "〜" + periodEnd + ") ×" + factorText();
    }

    /** The yearly value of a raw count or amount of this cycle, with the factor recorded. */
    public KpiFigure normalise(String label, BigDecimal raw, FigureUnit unit) {
        if (unit == FigureUnit.PERCENT || unit == FigureUnit.PERCENTAGE_POINTS) {
            throw new IllegalArgumentException("shares are not period-normalised; normalise the counts behind " + label);
        }
        return KpiFigure.quotient(label,
                Decimals.plain(raw) + " × " + factorText() + " (" + describe() + ")",
                unit, raw.multiply(Decimals.of(factorNumerator)), Decimals.of(factorDenominator),
                List.of(this), List.of());
    }
}
