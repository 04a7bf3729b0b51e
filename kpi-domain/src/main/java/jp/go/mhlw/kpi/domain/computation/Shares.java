package jp.go.mhlw.kpi.domain.computation;

import java.math.BigDecimal;
import java.util.List;

/** Shares ("13.3%") and their change between cycles in percentage points ("+5.8 pt"). */
public final class Shares {

    private Shares() {
    }

    /** {@code part ÷ whole × 100}; the formula names what was counted, e.g. "ventures / domestic-capital respondents". */
    public static KpiFigure share(String label, String counted, long part, String population, long whole) {
        if (part < 0 || whole < 0) {
            throw new IllegalArgumentException(label + ": counts cannot be negative (" + part + " of " + whole + ")");
        }
        if (part > whole) {
            throw new IllegalArgumentException(label + ": " + part + " " + counted + " cannot exceed " + whole + " " + population);
        }
        if (whole == 0) {
            throw new IllegalArgumentException(label + ": no " + population + ", so the share is undefined");
        }
        String formula = counted + " / " + population + " = " + part + " / " + whole + " × 100";
        return KpiFigure.quotient(label, formula, FigureUnit.PERCENT, Decimals.of(part), Decimals.of(whole));
    }

    /**
     * {@code current − previous} in percentage points, from the unrounded shares
     * (7/93 → 17/128 is +5.75… pt, printed "+5.8 pt").
     */
    public static KpiFigure pointChange(String label, KpiFigure previous, KpiFigure current) {
        requirePercent(previous);
        requirePercent(current);
        // a/b − c/d = (a·d − c·b) / (b·d): exact, whatever the two denominators are
        BigDecimal numerator = current.numerator().multiply(previous.denominator())
                .subtract(previous.numerator().multiply(current.denominator()));
        BigDecimal denominator = current.denominator().multiply(previous.denominator());
        String formula = "(" + current.formula() + ") − (" + previous.formula() + ")";
        return KpiFigure.quotient(label, formula, FigureUnit.PERCENTAGE_POINTS, numerator, denominator,
                List.of(), List.of(previous, current));
    }

    private static void requirePercent(KpiFigure figure) {
        if (figure.unit() != FigureUnit.PERCENT) {
            throw new IllegalArgumentException("a point change needs two shares, but " + figure.label() + " is " + figure.unit());
        }
    }
}
