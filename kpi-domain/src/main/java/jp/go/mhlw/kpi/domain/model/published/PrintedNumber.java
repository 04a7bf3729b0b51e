package jp.go.mhlw.kpi.domain.model.published;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;

/**
 * A figure as the committee printed it ("27.4％", "57,874千円", "1.3倍", "全186テーマ", "5.8ポイント上昇", "（3）"),
 * read into its decimal value at the printed precision: "55.5%" is 55.5 with one decimal, "5%" is 5 with none.
 * The printed precision is what the reconciliation checks a percentage at, so it is never lost.
 *
 * <p>Read after NFKC normalisation (full-width digits, "％" and "（ ）" as printed in the slides). Accepted: an optional
 * "全" before a count, optional enclosing parentheses (the R4 figures printed beside R5's), a sign (+, −, ±, ▲),
 * digits with or without thousands separators, decimals, and a unit word that must agree with the figure's unit.
 */
public final class PrintedNumber {

    /** Longest first, so that "ポイント上昇" is not read as "ポイント" followed by junk. */
    private static final List<Suffix> SUFFIXES = List.of(
            new Suffix("ポイント上昇", EnumSet.of(FigureUnit.PERCENTAGE_POINTS), false),
            new Suffix("ポイント低下", EnumSet.of(FigureUnit.PERCENTAGE_POINTS), true),
            new Suffix("ポイント減少", EnumSet.of(FigureUnit.PERCENTAGE_POINTS), true),
            new Suffix("ポイント", EnumSet.of(FigureUnit.PERCENTAGE_POINTS), false),
            new Suffix("pt", EnumSet.of(FigureUnit.PERCENTAGE_POINTS), false),
            new Suffix("%", EnumSet.of(FigureUnit.PERCENT), false),
            new Suffix("倍", EnumSet.of(FigureUnit.TIMES), false),
            new Suffix("千円", EnumSet.of(FigureUnit.THOUSAND_YEN), false),
            new Suffix("か国・地域", EnumSet.of(FigureUnit.COUNT, FigureUnit.AVERAGE), false),
            new Suffix("か国", EnumSet.of(FigureUnit.COUNT, FigureUnit.AVERAGE), false),
            new Suffix("コース", EnumSet.of(FigureUnit.COUNT, FigureUnit.AVERAGE), false),
            new Suffix("テーマ", EnumSet.of(FigureUnit.COUNT, FigureUnit.AVERAGE), false),
            new Suffix("拠点", EnumSet.of(FigureUnit.COUNT, FigureUnit.AVERAGE), false),
            new Suffix("名", EnumSet.of(FigureUnit.COUNT, FigureUnit.AVERAGE), false),
            new Suffix("人", EnumSet.of(FigureUnit.COUNT, FigureUnit.AVERAGE), false),
            new Suffix("件", EnumSet.of(FigureUnit.COUNT, FigureUnit.AVERAGE), false),
            new Suffix("社", EnumSet.of(FigureUnit.COUNT, FigureUnit.AVERAGE), false));

    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?");

    /** Decimals a printed figure may show; the committee prints at most one. */
    public static final int MAX_DECIMALS = 6;

    private final String text;
    private final BigDecimal value;
    private final Set<FigureUnit> units;

    private PrintedNumber(String text, BigDecimal value, Set<FigureUnit> units) {
        this.text = text;
        this.value = value;
        this.units = units;
    }

    private record Suffix(String text, Set<FigureUnit> units, boolean negative) {
    }

    /**
     * Reads a printed figure.
     *
     * @throws IllegalArgumentException naming what could not be read, e.g. "「-」 is not a number"
     */
    public static PrintedNumber parse(String printed) {
        if (printed == null || printed.isBlank()) {
            throw new IllegalArgumentException("the figure as printed is required");
        }
        String rest = Normalizer.normalize(printed, Normalizer.Form.NFKC).strip()
                .replace('\u2212', '-') // minus sign
                .replace('\u2012', '-').replace('\u2013', '-').replace('\u2014', '-');
        if (rest.length() > 2 && rest.startsWith("(") && rest.endsWith(")")) {
            rest = rest.substring(1, rest.length() - 1).strip();
        }
        boolean totalPrefix = rest.startsWith("全");
        if (totalPrefix) {
            rest = rest.substring(1).strip();
        }
        int sign = 1;
        boolean explicitSign = false;
        if (rest.startsWith("+") || rest.startsWith("±")) {
            rest = rest.substring(1).strip();
            explicitSign = true;
        } else if (rest.startsWith("-") || rest.startsWith("▲") || rest.startsWith("△")) {
            rest = rest.substring(1).strip();
            sign = -1;
            explicitSign = true;
        }
        Set<FigureUnit> units = EnumSet.allOf(FigureUnit.class);
        for (Suffix suffix : SUFFIXES) {
            if (rest.endsWith(suffix.text())) {
                rest = rest.substring(0, rest.length() - suffix.text().length()).strip();
                units = EnumSet.copyOf(suffix.units());
                if (suffix.negative()) {
                    if (explicitSign) {
                        throw new IllegalArgumentException("「" + printed + "」 has both a sign and \"" + suffix.text() + "\"");
                    }
                    sign = -1;
                }
                break;
            }
        }
        if (totalPrefix && !units.contains(FigureUnit.COUNT)) {
            throw new IllegalArgumentException("「" + printed + "」: \"全\" only stands before a count");
        }
        Matcher matcher = NUMBER.matcher(rest);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("「" + printed + "」 is not a number as the committee prints one"
                    + " (digits with optional thousands separators and decimals, a unit such as %, 倍, 千円, 件)");
        }
        String decimals = matcher.group(2);
        if (decimals != null && decimals.length() > MAX_DECIMALS) {
            throw new IllegalArgumentException("「" + printed + "」 has more than " + MAX_DECIMALS + " decimals");
        }
        BigDecimal value = new BigDecimal(matcher.group(1).replace(",", "") + (decimals == null ? "" : "." + decimals));
        return new PrintedNumber(printed, sign < 0 ? value.negate() : value, units);
    }

    /** The figure as printed, unchanged. */
    public String text() {
        return text;
    }

    /** The value with exactly the printed decimals ("5%" → 5, "40.0%" → 40.0). */
    public BigDecimal value() {
        return value;
    }

    /** Decimals printed: the precision the figure was rounded to. */
    public int decimals() {
        return Math.max(0, value.scale());
    }

    /** Whether the printed unit word (if any) fits a figure of this unit: "13.3%" is a share, "1.3倍" a ratio. */
    public boolean fits(FigureUnit unit) {
        return units.contains(Objects.requireNonNull(unit, "unit"));
    }

    @Override
    public String toString() {
        return text;
    }
}
