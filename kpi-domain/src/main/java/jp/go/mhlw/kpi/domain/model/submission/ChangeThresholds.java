package jp.go.mhlw.kpi.domain.model.submission;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How far a value may move from last year's (both normalised to a year) before the reporter must justify it: more
 * than {@code risingFactor} times last year's value, or less than last year's divided by {@code fallingFactor}. The
 * one place these numbers live (administrators will set them later).
 */
public record ChangeThresholds(BigDecimal risingFactor, BigDecimal fallingFactor) {

    /** Over 3× or under ⅓ of last year's normalised value. */
    public static final ChangeThresholds DEFAULT = new ChangeThresholds(new BigDecimal(3), new BigDecimal(3));

    public ChangeThresholds {
        Objects.requireNonNull(risingFactor, "risingFactor");
        Objects.requireNonNull(fallingFactor, "fallingFactor");
        if (risingFactor.compareTo(BigDecimal.ONE) <= 0 || fallingFactor.compareTo(BigDecimal.ONE) <= 0) {
            throw new IllegalArgumentException("both factors must be above 1, were " + risingFactor + " and "
                    + fallingFactor);
        }
    }

    /** True when {@code current} is unusually far from {@code previous}; nothing is unusual against a zero. */
    public boolean isUnusual(BigDecimal current, BigDecimal previous) {
        if (previous.signum() <= 0) {
            return false;
        }
        // multiplied rather than divided, so that ⅓ stays exact
        return current.compareTo(previous.multiply(risingFactor)) > 0
                || current.multiply(fallingFactor).compareTo(previous) < 0;
    }
}
