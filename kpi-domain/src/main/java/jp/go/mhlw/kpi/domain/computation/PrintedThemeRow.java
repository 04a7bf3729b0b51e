package jp.go.mhlw.kpi.domain.computation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of a focus-area table as printed: theme count, stage-up and launch percentages, average single-year grant.
 * Percentages keep the decimals they were printed with ("5" for "5%", "55.5" for "55.5%"): that is the precision
 * the reconciliation checks them at.
 */
public record PrintedThemeRow(String group, int themes, BigDecimal stageUpPercent, BigDecimal launchPercent,
                              BigDecimal averageGrantThousandYen) {

    public PrintedThemeRow {
        if (group == null || group.isBlank()) {
            throw new IllegalArgumentException("a printed row needs the group it describes");
        }
        if (themes < 0) {
            throw new IllegalArgumentException(group + ": theme count cannot be negative, was " + themes);
        }
        requirePercent(group, "stage-up", stageUpPercent);
        requirePercent(group, "launch", launchPercent);
        Objects.requireNonNull(averageGrantThousandYen, () -> group + ": average grant is required");
        if (averageGrantThousandYen.signum() < 0) {
            throw new IllegalArgumentException(group + ": average grant cannot be negative, was " + averageGrantThousandYen);
        }
    }

    /** The row as the committee would print a computed group: one-decimal percentages, whole 千円. */
    public static PrintedThemeRow of(ThemeGroupFigures figures) {
        return new PrintedThemeRow(figures.group(), figures.themes(),
                DisplayRounding.oneDecimal(figures.stageUpRatio().value()),
                DisplayRounding.oneDecimal(figures.launchRatio().value()),
                DisplayRounding.wholeNumber(figures.averageGrant().value()));
    }

    private static void requirePercent(String group, String what, BigDecimal percent) {
        Objects.requireNonNull(percent, () -> group + ": printed " + what + " percentage is required");
        if (percent.signum() < 0 || percent.compareTo(Decimals.HUNDRED) > 0) {
            throw new IllegalArgumentException(group + ": printed " + what + " percentage must be 0..100, was " + percent);
        }
    }
}
