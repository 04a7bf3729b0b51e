package jp.go.mhlw.kpi.domain.computation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * Rounding for display only, as the committee prints: one decimal HALF_UP for ratios, shares and point changes
 * ("1.3倍", "13.3%", "+5.8 pt"), whole 千円 for amounts ("57,874千円"). Stored values are never rounded.
 */
public final class DisplayRounding {

    private DisplayRounding() {
    }

    public static BigDecimal oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }

    public static BigDecimal wholeNumber(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP);
    }

    /** Rounds to the number of decimals a printed figure shows (its scale), e.g. "5%" → 0, "55.5%" → 1. */
    public static BigDecimal toScaleOf(BigDecimal value, BigDecimal printed) {
        return value.setScale(Math.max(0, printed.scale()), RoundingMode.HALF_UP);
    }

    public static String format(KpiFigure figure) {
        BigDecimal value = figure.value();
        String number = switch (figure.unit()) {
            case TIMES, PERCENT, AVERAGE -> oneDecimal(value).toPlainString();
            case PERCENTAGE_POINTS -> signed(oneDecimal(value));
            case THOUSAND_YEN, COUNT -> grouped(wholeNumber(value));
        };
        return withUnit(figure.unit(), number);
    }

    /** "57,874千円": an amount in whole thousands of yen. */
    public static String thousandYen(BigDecimal value) {
        return withUnit(FigureUnit.THOUSAND_YEN, grouped(wholeNumber(value)));
    }

    /** The number as the committee prints it in its unit ("1.3倍", "+5.8 pt"), the same in every language. */
    private static String withUnit(FigureUnit unit, String number) {
        return Texts.text(Texts.JAPANESE, "figure.format." + unit.name(), number);
    }

    /** "57,874": whole numbers with thousands separators. */
    public static String grouped(BigDecimal wholeNumber) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(wholeNumber);
    }

    private static String signed(BigDecimal rounded) {
        return switch (rounded.signum()) {
            case 1 -> "+" + rounded.toPlainString();
            case -1 -> rounded.toPlainString();
            default -> "±" + rounded.toPlainString();
        };
    }
}
