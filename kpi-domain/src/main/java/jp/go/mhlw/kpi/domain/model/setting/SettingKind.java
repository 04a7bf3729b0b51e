package jp.go.mhlw.kpi.domain.model.setting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.shared.Problem;

/**
 * What a setting holds, how it is written and what values make sense; {@link #check} names the problem, with the
 * domain bundle's key {@code setting.invalid.<KIND>}.
 */
public enum SettingKind {

    /** An ISO-8601 duration of at least a minute, e.g. "P14D" or "PT36H". */
    DURATION,
    /** Days before a due date, largest first, e.g. "14,7,1" (a reminder on each). */
    DAY_LIST,
    /** A factor above 1, decimal or fraction ("3", "2.5"): above previous year × factor is an outlier. */
    UPPER_FACTOR,
    /** A factor between 0 and 1, decimal or fraction ("1/3", "0.25"): below previous year × factor is an outlier. */
    LOWER_FACTOR,
    /** A whole number from 1 to 10,000, e.g. "10". */
    COUNT;

    static final String FIELD = "value";

    /** The value as stored: blanks removed. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("\\s", "");
    }

    /** The problem with this (normalised) value, if any. */
    public Optional<Problem> check(String value) {
        try {
            switch (this) {
                case DURATION -> duration(value);
                case DAY_LIST -> days(value);
                case UPPER_FACTOR -> upperFactor(value);
                case LOWER_FACTOR -> lowerFactor(value);
                case COUNT -> count(value);
            }
            return Optional.empty();
        } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException invalid) {
            return Optional.of(Problem.at(FIELD, "setting.invalid." + name(), value));
        }
    }

    static Duration duration(String value) {
        Duration duration = Duration.parse(value);
        if (duration.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("a duration must be at least a minute: " + value);
        }
        return duration;
    }

    static List<Integer> days(String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("no days");
        }
        List<Integer> days = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            int day = Integer.parseInt(part);
            if (day < 1 || day > 365 || !days.isEmpty() && day >= days.get(days.size() - 1)) {
                throw new IllegalArgumentException("days must be 1 to 365, largest first: " + value);
            }
            days.add(day);
        }
        return List.copyOf(days);
    }

    static BigDecimal upperFactor(String value) {
        BigDecimal factor = factor(value);
        if (factor.compareTo(BigDecimal.ONE) <= 0) {
            throw new IllegalArgumentException("an upper factor is above 1: " + value);
        }
        return factor;
    }

    static BigDecimal lowerFactor(String value) {
        BigDecimal factor = factor(value);
        if (factor.signum() <= 0 || factor.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("a lower factor is between 0 and 1: " + value);
        }
        return factor;
    }

    static int count(String value) {
        int count = Integer.parseInt(value);
        if (count < 1 || count > 10_000) {
            throw new IllegalArgumentException("a count is 1 to 10000: " + value);
        }
        return count;
    }

    /** "3", "0.25" or "1/3"; a fraction is kept to 16 significant digits. */
    private static BigDecimal factor(String value) {
        int slash = value.indexOf('/');
        if (slash < 0) {
            return new BigDecimal(value);
        }
        BigDecimal numerator = new BigDecimal(value.substring(0, slash));
        BigDecimal denominator = new BigDecimal(value.substring(slash + 1));
        return numerator.divide(denominator, MathContext.DECIMAL64);
    }
}
