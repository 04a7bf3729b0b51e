package jp.go.mhlw.kpi.domain.model.supply;

import java.math.BigDecimal;
import jp.go.mhlw.kpi.domain.shared.InvalidValueException;

/** Quantities on the forms are counts or shares: never negative. */
final class Numbers {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Numbers() {
    }

    static void requireNonNegative(Long value, String name) {
        if (value != null && value < 0) {
            throw new InvalidValueException("input.negative", name, String.valueOf(value));
        }
    }

    static void requireNonNegative(BigDecimal value, String name) {
        if (value != null && value.signum() < 0) {
            throw new InvalidValueException("input.negative", name, value.toPlainString());
        }
    }

    static void requirePercentage(BigDecimal value, String name) {
        requireNonNegative(value, name);
        if (value != null && value.compareTo(HUNDRED) > 0) {
            throw new InvalidValueException("input.range", name, value.toPlainString(), "0", "100");
        }
    }
}
