package jp.go.mhlw.kpi.domain.computation;

import java.math.BigDecimal;
import java.math.MathContext;

/** Arithmetic shared by the computations: divisions keep 34 significant digits, rounding is left to {@link DisplayRounding}. */
final class Decimals {

    static final MathContext PRECISION = MathContext.DECIMAL128;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, PRECISION);
    }

    static BigDecimal of(long value) {
        return BigDecimal.valueOf(value);
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
