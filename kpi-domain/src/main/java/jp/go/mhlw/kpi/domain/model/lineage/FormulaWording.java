package jp.go.mhlw.kpi.domain.model.lineage;

import java.math.BigDecimal;
import java.util.Locale;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * How a figure of a unit is computed, said in words from the domain bundle (both languages): with its numerator and
 * denominator when they are known, with the words "numerator" and "denominator" when only the unit is (a published
 * line keeps the printed formula, not its parts), in general terms.
 */
public final class FormulaWording {

    private FormulaWording() {
    }

    /** In words, with the figure's own numerator and denominator. */
    public static String of(FigureUnit unit, BigDecimal numerator, BigDecimal denominator, Locale locale) {
        return words(unit, plain(numerator), plain(denominator), BigDecimal.ONE.compareTo(denominator) == 0, locale);
    }

    /**
     * In words without the figures: a count is either a sum or (normalised) a sum brought to a yearly basis, which
     * is said when the figure carries a normalisation.
     */
    public static String of(FigureUnit unit, boolean normalised, Locale locale) {
        String key = "lineage.formula.general." + unit.name();
        return Texts.text(locale, normalised && unit == FigureUnit.COUNT ? key + ".normalised" : key);
    }

    private static String words(FigureUnit unit, String numerator, String denominator, boolean whole, Locale locale) {
        String key = "lineage.formula." + unit.name();
        if (whole && (unit == FigureUnit.COUNT || unit == FigureUnit.THOUSAND_YEN)) {
            key += ".sum";
        }
        return Texts.text(locale, key, numerator, denominator);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
