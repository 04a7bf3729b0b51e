package jp.go.mhlw.kpi.domain.model.setting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.published.EntryProblem;

/** What a setting holds, how it is written and what values make sense; {@link #check} names the problem. */
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
    public Optional<EntryProblem> check(String value) {
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
            return Optional.of(problem(value));
        }
    }

    private EntryProblem problem(String value) {
        return switch (this) {
            case DURATION -> new EntryProblem(FIELD,
                    "「" + value + "」は期間として使えません。ISO-8601 の期間で1分以上を入力してください（例：P14D は14日、PT36H は36時間）。",
                    "\"" + value + "\" is not a duration: enter an ISO-8601 duration of at least a minute (P14D is 14 days, PT36H 36 hours).");
            case DAY_LIST -> new EntryProblem(FIELD,
                    "「" + value + "」は日数の並びとして使えません。1〜365の整数を大きい順にカンマ区切りで入力してください（例：14,7,1）。",
                    "\"" + value + "\" is not a list of days: enter whole numbers 1 to 365, largest first, separated by commas (e.g. 14,7,1).");
            case UPPER_FACTOR -> new EntryProblem(FIELD,
                    "「" + value + "」は上限の倍率として使えません。1より大きい数または分数を入力してください（例：3）。",
                    "\"" + value + "\" is not an upper factor: enter a number or fraction above 1 (e.g. 3).");
            case LOWER_FACTOR -> new EntryProblem(FIELD,
                    "「" + value + "」は下限の倍率として使えません。0より大きく1より小さい数または分数を入力してください（例：1/3）。",
                    "\"" + value + "\" is not a lower factor: enter a number or fraction between 0 and 1 (e.g. 1/3).");
            case COUNT -> new EntryProblem(FIELD,
                    "「" + value + "」は件数として使えません。1〜10000の整数を入力してください（例：10）。",
                    "\"" + value + "\" is not a count: enter a whole number from 1 to 10000 (e.g. 10).");
        };
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
